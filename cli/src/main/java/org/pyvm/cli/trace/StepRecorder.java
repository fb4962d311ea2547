package org.pyvm.cli.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.ExceptionTable;
import org.pyvm.core.interp.FrameView;
import org.pyvm.core.interp.Tracer;
import org.pyvm.core.objects.Language;

/**
 * Turns the interpreter's "about to run" calls into {@link Step}s that show the state
 * <em>after</em> each instruction.
 *
 * <p>The hook fires before an instruction; the step of the instruction before it is completed
 * then, when whatever it did is done. So each step is emitted at the next hook call anywhere (or
 * at {@link #finish}), reading the stack of the frame it ran in. An instruction that calls Python
 * code is emitted when the callee starts, before the callee's steps (chronological order), and
 * shows the caller's stack at that moment, its arguments taken off; a {@code YIELD_VALUE} or
 * {@code RETURN_VALUE} shows the frame's stack after the value left it.
 */
public final class StepRecorder implements Tracer {
    private final SafeRepr repr;
    private final String filter;
    private final Consumer<Step> sink;
    private final Map<CodeObject, CodeInfo> infos = new IdentityHashMap<>();
    /** Numbers for frames, by identity; weak, so finished frames are not kept alive by the trace. */
    private final Map<FrameView, Integer> frameIds = new WeakHashMap<>();
    private int nextFrameId = 1;

    private FrameView pendingFrame;
    private int pendingIndex;
    private int pendingDepth;
    private long executed;
    private RuntimeException failure;

    /**
     * @param lang   the language level of the program (for reprs)
     * @param width  longest summary of one stack value
     * @param filter only steps of frames running a function of this name ({@code co_name}), or null for all
     * @param sink   gets each step, in order
     */
    public StepRecorder(Language lang, int width, String filter, Consumer<Step> sink) {
        this.repr = new SafeRepr(lang, width);
        this.filter = filter;
        this.sink = sink;
    }

    @Override
    public void instruction(FrameView frame, int index, int depth) {
        if (failure != null) {
            return;
        }
        try {
            if (pendingFrame != null) {
                emit();
            }
            pendingFrame = frame;
            pendingIndex = index;
            pendingDepth = depth;
        } catch (RuntimeException e) {
            // a trace that cannot be written must not turn into the program's own error: stop tracing, report after the run
            failure = e;
            pendingFrame = null;
        }
    }

    /** Emits the last instruction's step (call once the run is over). */
    public void finish() {
        emitPending();
    }

    /**
     * Emits the step of the instruction under way now, as it stands (the program is about to write
     * to a stream the trace shares, so the step must come out first).
     */
    public void emitPending() {
        if (pendingFrame != null && failure == null) {
            try {
                emit();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        pendingFrame = null;
    }

    /** Instructions executed so far, filtered or not. */
    public long executed() {
        return executed + (pendingFrame != null ? 1 : 0);
    }

    /** What stopped the trace (its output failed), or null. */
    public RuntimeException failure() {
        return failure;
    }

    private void emit() {
        executed++;
        FrameView f = pendingFrame;
        CodeObject co = f.code();
        if (filter != null && !filter.equals(co.name)) {
            return;
        }
        CodeInfo info = infos.computeIfAbsent(co, CodeInfo::of);
        int i = pendingIndex;
        List<String> stack = new ArrayList<>(f.stackSize());
        for (int k = 0; k < f.stackSize(); k++) {
            stack.add(repr.of(f.stackItem(k)));
        }
        List<Step.Block> blocks = null;
        Step.Entry entry = null;
        if (info.tableModel) {
            int e = info.entry[i];
            if (e >= 0) {
                entry = new Step.Entry(info.entryField(e, ExceptionTable.START), info.entryField(e, ExceptionTable.END),
                        info.entryField(e, ExceptionTable.TARGET), info.entryField(e, ExceptionTable.DEPTH),
                        info.entryField(e, ExceptionTable.LASTI) != 0, info.entryText(e));
            }
        } else {
            int[] b = f.blockStack();
            blocks = new ArrayList<>(b.length / 3);
            for (int k = 0; k + 2 < b.length; k += 3) {
                String kind = b[k] >= 0 && b[k] < FrameView.BLOCK_KIND_NAMES.length ? FrameView.BLOCK_KIND_NAMES[b[k]] : "?";
                blocks.add(new Step.Block(kind, info.offsetOf(b[k + 1]), b[k + 2]));
            }
        }
        Integer id = frameIds.get(f);
        if (id == null) {
            id = nextFrameId++;
            frameIds.put(f, id);
        }
        sink.accept(new Step(executed, pendingDepth, id, info.function, info.offset[i], info.line[i], info.opname[i],
                info.arg[i], info.argrepr[i], stack, blocks, entry));
    }
}
