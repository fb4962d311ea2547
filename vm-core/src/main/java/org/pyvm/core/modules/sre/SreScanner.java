package org.pyvm.core.modules.sre;

import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/** pattern.scanner(string): successive match() or search() calls, each starting where the last ended. */
final class SreScanner extends PyObject implements Typed {
    final SrePattern pattern;
    private final SrePattern.Walk walk;

    SreScanner(SrePattern pattern, SrePattern.Walk walk) {
        this.pattern = pattern;
        this.walk = walk;
    }

    PyObject next(boolean anchored) {
        return walk.find(anchored) ? walk.match() : PyNone.NONE;
    }

    @Override
    public PyType type() {
        return pattern.sre.scannerType;
    }

    @Override
    public String typeName(Language lang) {
        return "SRE_Scanner";
    }

    @Override
    public String repr(Language lang) {
        return "<_sre.SRE_Scanner object at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
