#!/usr/bin/env python3
"""Makes the conformance goldens from the real CPythons.

For every corpus program ``corpus/<group>/<name>.py`` and every version the group applies to,
this compiles the program with that CPython, disassembles the code object loaded back from the
.pyc (in that same CPython), runs the .pyc, and writes

    goldens/<version>/<group>/<name>.pyc      the compiled program (reproducible bytes)
    goldens/<version>/<group>/<name>.dis      dis.dis(code) with ``at 0x<hex>`` masked as ``at 0x...``
    goldens/<version>/<group>/<name>.stdout   everything the program wrote to stdout
    goldens/<version>/<group>/<name>.stderr   everything it wrote to stderr (tracebacks included)
    goldens/<version>/<group>/<name>.exit     its exit status and a newline

(layout read by conformance/src/test/java/org/pyvm/conformance/Goldens.java).

Optional inputs beside a program: ``<name>.args`` (one command-line argument per line) and
``<name>.stdin`` (bytes fed to stdin; without it stdin is empty). An empty ``<name>.with-source``
marks a program that CPython runs with its source beside the .pyc, so that tracebacks show source
lines (and 3.11 its position carets); its golden folder then holds ``<name>.py`` too, which pyvm
finds the same way. An empty ``<name>.unbuffered`` has CPython run the program once more with
PYTHONUNBUFFERED=1 and stderr sent into the stdout pipe, into

    goldens/<version>/<group>/<name>.merged   both streams as they met in that one pipe

(what LauncherTest holds ``./pyvm run`` to under the same environment). A ``<name>.environments`` file
has CPython run the program once more in each environment it lists, a line each (``LABEL VAR=VALUE ...``):
the clean environment without PYTHONIOENCODING and LANG (PATH, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1),
plus those variables (which may replace the last two), into

    goldens/<version>/<group>/<name>.<LABEL>.stdout, .stderr and .exit

(for the standard streams' encoding, which CPython takes from the environment).

A multi-file program is a folder ``corpus/<group>/<name>/`` holding ``main.py`` and the modules and
packages it imports (``main.args``/``main.stdin`` optional). Every ``.py`` in it is compiled to a
sourceless ``.pyc`` at the same relative place (co_filename = that relative path, e.g.
``pkg/sub.py``, so tracebacks are the same on every machine), CPython runs ``main.pyc`` in a folder
holding only those ``.pyc`` files (so it imports them through its sourceless loader), and

    goldens/<version>/<group>/<name>/<module path>.pyc and .dis   for every module
    goldens/<version>/<group>/<name>/main.stdout, main.stderr, main.exit

with the program's folder in stdout and stderr written as ``<DIR>``.

Usage (any Python 3):
    python3 conformance/tools/make_goldens.py                  # regenerate everything
    python3 conformance/tools/make_goldens.py --version 3.11   # only some versions (repeatable)
    python3 conformance/tools/make_goldens.py --only closures_counter   # only some programs (repeatable)
    python3 conformance/tools/make_goldens.py --check          # compare with the committed goldens
    python3 conformance/tools/make_goldens.py --suite stdlib   # the stdlib drivers: stdlib/ -> stdlib-goldens/

CPython X.Y is found as ARCHITECTURE.md says: ``pythonX.Y`` on PATH (pyenv shims skipped), then
``$(pyenv root)/versions/X.Y*/bin/pythonX.Y`` (highest), then ``$PYVM_CPYTHON_X_Y``.
``--python X.Y=PATH`` overrides that for one version.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(os.path.dirname(HERE), 'src', 'test', 'resources')
CORPUS = os.path.join(RESOURCES, 'corpus')
GOLDENS = os.path.join(RESOURCES, 'goldens')
# --suite NAME: which programs and where their goldens go. 'stdlib' holds the stdlib drivers (real
# programs importing CPython's pure-Python standard library; StdlibDriverTest runs them).
SUITES = {
    'corpus': (CORPUS, GOLDENS),
    'stdlib': (os.path.join(RESOURCES, 'stdlib'), os.path.join(RESOURCES, 'stdlib-goldens')),
}

VERSIONS = ('2.7', '3.6', '3.11')
GROUPS = {  # group folder -> versions its programs are valid in
    'common': ('2.7', '3.6', '3.11'),
    'py2': ('2.7',),
    'py3': ('3.6', '3.11'),
    'py311': ('3.11',),
}
EXTENSIONS = ('.pyc', '.dis', '.stdout', '.stderr', '.exit', '.py', '.merged')
SOURCE_MTIME = 1577836800  # 2020-01-01T00:00:00Z, stamped into every .pyc header
RUN_TIMEOUT = 30
VERSION_FILE = 'cpython-version.txt'  # goldens/<version>/cpython-version.txt: e.g. "3.11.7"

# Runs inside the target CPython (2.7 or 3.x): compiles SRC to PYC with co_filename DFILE, then
# writes what dis.dis prints for the code object loaded back from PYC to DIS (UTF-8, masked).
HELPER = r'''
import dis, marshal, py_compile, re, sys
src, pyc, dfile, out = sys.argv[1:5]
if sys.version_info >= (3, 7):
    py_compile.compile(src, pyc, dfile, True,
                       invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)
else:
    py_compile.compile(src, pyc, dfile, True)
with open(pyc, 'rb') as f:
    data = f.read()
header = 8 if sys.version_info[0] == 2 else (12 if sys.version_info < (3, 7) else 16)
code = marshal.loads(data[header:])
if sys.version_info[0] == 2:
    from StringIO import StringIO
    buf = StringIO()
    saved = sys.stdout
    sys.stdout = buf
    try:
        dis.dis(code)
    finally:
        sys.stdout = saved
    text = buf.getvalue()
    if not isinstance(text, bytes):
        text = text.encode('utf-8')
else:
    import io
    buf = io.StringIO()
    dis.dis(code, file=buf)
    text = buf.getvalue().encode('utf-8')
text = re.sub(br'at 0x[0-9a-f]+', b'at 0x...', text)
with open(out, 'wb') as f:
    f.write(text)
'''


def clean_env():
    """A small fixed environment, so nothing from the caller's shell leaks into the goldens."""
    env = {
        'PATH': '/usr/local/bin:/usr/bin:/bin',
        'LANG': 'C.UTF-8',
        'PYTHONHASHSEED': '0',
        'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1',
    }
    # SOURCE_DATE_EPOCH would switch 3.7+ py_compile to hash-based pycs; it is simply not passed.
    return env


def pyenv_roots():
    roots = []
    if os.environ.get('PYENV_ROOT'):
        roots.append(os.environ['PYENV_ROOT'])
    try:
        out = subprocess.run(['pyenv', 'root'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=10, check=True).stdout.decode().strip()
        if out:
            roots.append(out)
    except (OSError, subprocess.SubprocessError):
        pass
    if os.environ.get('HOME'):
        roots.append(os.path.join(os.environ['HOME'], '.pyenv'))
    return roots


def version_key(name):
    return [int(p) if p.isdigit() else p for p in name.replace('-', '.').split('.')]


def find_python(version):
    exe = 'python' + version
    for d in os.environ.get('PATH', '').split(os.pathsep):
        if not d or '/.pyenv/shims' in d:
            continue  # pyenv's shims do not resolve pythonX.Y by themselves
        candidate = os.path.join(d, exe)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    for root in pyenv_roots():
        versions = os.path.join(root, 'versions')
        if not os.path.isdir(versions):
            continue
        matches = []
        for name in os.listdir(versions):
            # "3.1" must not match "3.11.7": the next character must end the version part.
            if name.startswith(version) and (len(name) == len(version) or name[len(version)] == '.'):
                candidate = os.path.join(versions, name, 'bin', exe)
                if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                    matches.append((version_key(name), candidate))
        if matches:
            return max(matches)[1]
    candidate = os.environ.get('PYVM_CPYTHON_' + version.replace('.', '_'))
    if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return None


def corpus_programs(only):
    """(group, name, path) for every program, sorted; path is a .py file or a multi-file program's folder."""
    programs = []
    for group in sorted(GROUPS):
        folder = os.path.join(CORPUS, group)
        if not os.path.isdir(folder):
            continue
        for fname in sorted(os.listdir(folder)):
            path = os.path.join(folder, fname)
            if fname.endswith('.py'):
                name = fname[:-3]
            elif os.path.isfile(os.path.join(path, 'main.py')):
                name = fname
            else:
                continue
            if not only or name in only:
                programs.append((group, name, path))
    return programs


def program_modules(folder):
    """Relative paths (with '/') of every .py of a multi-file program, sorted."""
    found = []
    for d, dirs, files in os.walk(folder):
        dirs.sort()
        for fname in sorted(files):
            if fname.endswith('.py'):
                found.append(os.path.relpath(os.path.join(d, fname), folder).replace(os.sep, '/'))
    return found


def read_optional(path):
    if os.path.exists(path):
        with open(path, 'rb') as f:
            return f.read()
    return None


def compile_and_dis(python, version, label, helper, src, pyc, dfile, dis_out, cwd, env):
    p = subprocess.run([python, helper, src, pyc, dfile, dis_out],
                       cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if p.returncode != 0:
        raise RuntimeError('%s %s: compiling failed:\n%s' % (version, label, p.stderr.decode('utf-8', 'replace')))
    with open(pyc, 'rb') as f:
        pyc_bytes = f.read()
    with open(dis_out, 'rb') as f:
        dis_bytes = f.read()
    return pyc_bytes, dis_bytes


def run_program(python, version, label, run, pyc_name, base, env):
    """Runs the compiled program in folder RUN; (stdout, stderr, exit) as golden bytes."""
    args_text = read_optional(base + '.args')
    args = args_text.decode('utf-8').splitlines() if args_text is not None else []
    stdin = read_optional(base + '.stdin') or b''
    try:
        r = subprocess.run([python, pyc_name] + args, cwd=run, env=env, input=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise RuntimeError('%s %s: did not finish in %d s' % (version, label, RUN_TIMEOUT))
    return r.stdout, r.stderr, ('%d\n' % r.returncode).encode('ascii')


def make_multi(python, version, group, name, folder):
    """All golden files of one multi-file program under one version: {relative path: bytes}."""
    env = clean_env()
    label = '%s/%s' % (group, name)
    work = tempfile.mkdtemp(prefix='pyvm-golden-')
    try:
        build = os.path.join(work, 'build')
        run = os.path.join(work, 'run')
        helper = os.path.join(work, 'make_golden_helper.py')
        with open(helper, 'w') as f:
            f.write(HELPER)
        prefix = '%s/%s/%s/' % (version, group, name)
        out = {}
        for rel in program_modules(folder):
            stem = rel[:-3]
            copy = os.path.join(build, *rel.split('/'))
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copyfile(os.path.join(folder, *rel.split('/')), copy)
            os.utime(copy, (SOURCE_MTIME, SOURCE_MTIME))
            pyc = os.path.join(run, *(stem + '.pyc').split('/'))
            os.makedirs(os.path.dirname(pyc), exist_ok=True)
            dis_out = os.path.join(work, 'module.dis')
            pyc_bytes, dis_bytes = compile_and_dis(python, version, label + '/' + rel, helper, copy, pyc, rel,
                                                   dis_out, build, env)
            out[prefix + stem + '.pyc'] = pyc_bytes
            out[prefix + stem + '.dis'] = dis_bytes
        stdout, stderr, status = run_program(python, version, label, run, 'main.pyc',
                                             os.path.join(folder, 'main'), env)
        # the program's folder differs per run and machine (it shows in __file__, reprs and 3.11's
        # "cannot import name" messages): RunGoldenTest masks pyvm's the same way
        here = os.path.realpath(run).encode('utf-8')
        stdout = stdout.replace(here, b'<DIR>')
        stderr = stderr.replace(here, b'<DIR>')
        out[prefix + 'main.stdout'] = stdout
        out[prefix + 'main.stderr'] = stderr
        out[prefix + 'main.exit'] = status
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_one(python, version, group, name, src):
    """All golden files of one program under one version: {relative path: bytes}."""
    if os.path.isdir(src):
        return make_multi(python, version, group, name, src)
    env = clean_env()
    work = tempfile.mkdtemp(prefix='pyvm-golden-')
    try:
        build = os.path.join(work, 'build')
        run = os.path.join(work, 'run')
        os.mkdir(build)
        os.mkdir(run)
        copy = os.path.join(build, name + '.py')
        shutil.copyfile(src, copy)
        os.utime(copy, (SOURCE_MTIME, SOURCE_MTIME))
        pyc = os.path.join(build, name + '.pyc')
        dis_out = os.path.join(build, name + '.dis')
        helper = os.path.join(work, 'make_golden_helper.py')
        with open(helper, 'w') as f:
            f.write(HELPER)
        # No -I/-E: they would drop PYTHONHASHSEED, and the order of string frozenset constants (in the
        # .pyc and in dis) follows the hash. The environment is clean_env() either way.
        p = subprocess.run([python, helper, copy, pyc, name + '.py', dis_out],
                           cwd=build, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if p.returncode != 0:
            raise RuntimeError('%s %s/%s: compiling failed:\n%s' % (version, group, name,
                                                                   p.stderr.decode('utf-8', 'replace')))
        with open(pyc, 'rb') as f:
            pyc_bytes = f.read()
        with open(dis_out, 'rb') as f:
            dis_bytes = f.read()

        shutil.copyfile(pyc, os.path.join(run, name + '.pyc'))
        base = os.path.splitext(src)[0]
        with_source = os.path.exists(base + '.with-source')
        if with_source:
            shutil.copyfile(src, os.path.join(run, name + '.py'))
        args_text = read_optional(base + '.args')
        args = args_text.decode('utf-8').splitlines() if args_text is not None else []
        stdin = read_optional(base + '.stdin') or b''
        def run_in(run_env, stderr=subprocess.PIPE):
            try:
                return subprocess.run([python, name + '.pyc'] + args, cwd=run, env=run_env, input=stdin,
                                      stdout=subprocess.PIPE, stderr=stderr, timeout=RUN_TIMEOUT)
            except subprocess.TimeoutExpired:
                raise RuntimeError('%s %s/%s: did not finish in %d s' % (version, group, name, RUN_TIMEOUT))

        def outcome(stem, r):
            return {stem + '.stdout': r.stdout, stem + '.stderr': r.stderr,
                    stem + '.exit': ('%d\n' % r.returncode).encode('ascii')}

        prefix = '%s/%s/%s' % (version, group, name)
        files = {prefix + '.pyc': pyc_bytes, prefix + '.dis': dis_bytes}
        files.update(outcome(prefix, run_in(env)))
        if with_source:
            with open(src, 'rb') as f:
                files[prefix + '.py'] = f.read()
        for label, extra in extra_environments(base + '.environments'):
            plain = {k: v for k, v in env.items() if k not in ('PYTHONIOENCODING', 'LANG')}
            plain.update(extra)
            files.update(outcome('%s.%s' % (prefix, label), run_in(plain)))
        if os.path.exists(base + '.unbuffered'):
            files[prefix + '.merged'] = run_in(dict(env, PYTHONUNBUFFERED='1'), stderr=subprocess.STDOUT).stdout
        return files
    finally:
        shutil.rmtree(work, ignore_errors=True)


def extra_environments(path):
    """[(label, {variable: value})] from a program's .environments file (none when it has no such file)."""
    text = read_optional(path)
    if text is None:
        return []
    found = []
    for line in text.decode('utf-8').splitlines():
        words = line.split()
        if words and not words[0].startswith('#'):
            found.append((words[0], dict(w.split('=', 1) for w in words[1:])))
    return found


def existing_goldens(versions, only):
    """{relative path: bytes} of the committed goldens in scope."""
    found = {}
    for version in versions:
        vdir = os.path.join(GOLDENS, version)
        for folder, dirs, files in os.walk(vdir):
            dirs.sort()
            for fname in sorted(files):
                stem, ext = os.path.splitext(fname)
                path = os.path.join(folder, fname)
                rel = os.path.relpath(path, GOLDENS).replace(os.sep, '/')
                parts = rel.split('/')
                # version/group/<program folder>/...; NAME.LABEL.stdout belongs to NAME
                program = parts[2] if len(parts) > 3 else stem.split('.')[0]
                if ext not in EXTENSIONS or (only and program not in only):
                    continue
                with open(path, 'rb') as f:
                    found[rel] = f.read()
    return found


def describe_difference(rel, old, new):
    if old is None:
        return '%s: missing from the committed goldens' % rel
    if new is None:
        return '%s: committed but no longer produced (stale)' % rel
    if rel.endswith('.pyc'):
        n = min(len(old), len(new))
        first = next((i for i in range(n) if old[i] != new[i]), n)
        return '%s: bytes differ (committed %d bytes, now %d; first difference at offset %d)' % (
            rel, len(old), len(new), first)
    import difflib
    diff = difflib.unified_diff(old.decode('utf-8', 'replace').splitlines(),
                                new.decode('utf-8', 'replace').splitlines(),
                                'committed/' + rel, 'regenerated/' + rel, lineterm='', n=2)
    lines = list(diff)
    if len(lines) > 40:
        lines = lines[:40] + ['... (%d more diff lines)' % (len(lines) - 40)]
    return '%s: differs\n    %s' % (rel, '\n    '.join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--version', action='append', choices=VERSIONS,
                    help='only this CPython version (repeatable; default: all three)')
    ap.add_argument('--only', action='append', metavar='NAME',
                    help='only the program NAME (file name without .py; repeatable)')
    ap.add_argument('--check', action='store_true',
                    help='regenerate in memory and report every difference with the committed goldens')
    ap.add_argument('--python', action='append', default=[], metavar='X.Y=PATH',
                    help='use this interpreter for version X.Y instead of looking it up')
    ap.add_argument('--suite', choices=sorted(SUITES), default='corpus',
                    help='corpus (default): corpus/ -> goldens/; stdlib: stdlib/ -> stdlib-goldens/')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2, help='programs run in parallel')
    opts = ap.parse_args()
    global CORPUS, GOLDENS
    CORPUS, GOLDENS = SUITES[opts.suite]

    versions = tuple(opts.version or VERSIONS)
    versions = tuple(v for v in VERSIONS if v in versions)
    only = set(opts.only or ())
    overrides = dict(o.split('=', 1) for o in opts.python)

    pythons = {}
    fulls = {}
    for version in versions:
        python = overrides.get(version) or find_python(version)
        if python is None:
            sys.exit('make_goldens: CPython %s not found (PATH, pyenv, PYVM_CPYTHON_%s)'
                     % (version, version.replace('.', '_')))
        full = subprocess.run([python, '-c', 'import sys; print(sys.version.split()[0])'],
                              stdout=subprocess.PIPE, env=clean_env()).stdout.decode().strip()
        print('CPython %s: %s (%s)' % (version, python, full))
        pythons[version] = python
        fulls[version] = full

    programs = corpus_programs(only)
    if only and len({name for _, name, _ in programs}) != len(only):
        sys.exit('make_goldens: no such program: %s'
                 % ', '.join(sorted(only - {name for _, name, _ in programs})))
    jobs = [(v, g, n, s) for g, n, s in programs for v in GROUPS[g] if v in versions]

    produced = {}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(make_one, pythons[v], v, g, n, s) for v, g, n, s in jobs]
        for f in futures:
            try:
                produced.update(f.result())
            except (RuntimeError, subprocess.SubprocessError) as e:
                failures.append(str(e))
    if failures:
        for message in failures:
            print(message, file=sys.stderr)
        print('make_goldens: %d of %d programs failed; nothing written' % (len(failures), len(jobs)),
              file=sys.stderr)
        return 1

    if not only:
        # Which CPython patch release made the goldens: the compiler changes between patch releases
        # (3.11.2 and 3.11.7 lay out match statements differently), so --check names it on a mismatch.
        for version in versions:
            produced['%s/%s' % (version, VERSION_FILE)] = (fulls[version] + '\n').encode('ascii')
    committed = existing_goldens(versions, only)
    if not only:
        for version in versions:
            rel = '%s/%s' % (version, VERSION_FILE)
            path = os.path.join(GOLDENS, version, VERSION_FILE)
            if os.path.exists(path):
                with open(path, 'rb') as f:
                    committed[rel] = f.read()
                if opts.check and committed[rel] != produced[rel]:
                    print('NOTE: the committed %s goldens were made with CPython %s, this run uses %s;'
                          ' differences below may come from that alone (use --python %s=PATH)'
                          % (version, committed[rel].decode().strip(), fulls[version], version))
    if opts.check:
        problems = []
        for rel in sorted(set(produced) | set(committed)):
            old, new = committed.get(rel), produced.get(rel)
            if old != new:
                problems.append(describe_difference(rel, old, new))
        for p in problems:
            print(p)
        print('%d golden programs checked (%d files): %s' % (
            len(jobs), len(produced), '%d differences' % len(problems) if problems else 'all identical'))
        return 1 if problems else 0

    written = removed = 0
    for rel in sorted(produced):
        path = os.path.join(GOLDENS, *rel.split('/'))
        if committed.get(rel) == produced[rel]:
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(produced[rel])
        written += 1
    for rel in sorted(set(committed) - set(produced)):
        os.remove(os.path.join(GOLDENS, *rel.split('/')))
        removed += 1
    for version in versions:  # folders of multi-file programs that no longer exist
        for folder, dirs, files in os.walk(os.path.join(GOLDENS, version), topdown=False):
            if not os.listdir(folder):
                os.rmdir(folder)
    print('%d golden programs (%d files): %d written, %d stale removed' % (
        len(jobs), len(produced), written, removed))
    return 0


if __name__ == '__main__':
    sys.exit(main())
