package org.pyvm.core.host;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One local CPython kept running by a VM to compile the source its program gives to exec, eval and compile, one
 * request after another over its stdin and stdout. A process per request took 20-40 ms each, and the standard
 * library makes such requests as it imports (collections.namedtuple evals a lambda: {@code import dataclasses}
 * made twelve). The process ends with the program's main module (Session), when the JVM does (its stdin
 * closes), or after ten seconds without a request, and is started again when needed.
 */
public final class CompilerProcess {
    /** How long a compiler waits for its next request before it ends (a VM may live on in an embedding host). */
    static final int IDLE_SECONDS = 10;

    /**
     * The server CPython runs (2.7 and 3.x alike). A request: one line of 'b' (a byte string, compiled as its
     * bytes: 2.7's str, whose coding declaration decides) or 'u' (text, sent as UTF-8), compile()'s own flags,
     * the caller's code flags (of which it keeps the __future__ features' bits, as compile() inherits them), and
     * the lengths of the mode, the file name (UTF-8) and the source; then the three. The reply: its length as
     * four bytes, then the marshalled code, or "!" and the SyntaxError's fields, or "?" and another error's type
     * and message (a bad mode or flags: CPython's own words).
     */
    private static final String SERVER = "import sys, marshal, struct, select, __future__\n"
            + SourceCompiler.SYNTAX_ERROR_FIELDS
            + "features = 0\n"
            + "for f in __future__.all_feature_names:\n"
            + "    features |= getattr(__future__, f).compiler_flag\n"
            + "inp = getattr(sys.stdin, 'buffer', sys.stdin)\n"
            + "out = getattr(sys.stdout, 'buffer', sys.stdout)\n"
            + "while select.select([inp], [], [], " + IDLE_SECONDS + ")[0]:\n"
            + "    head = inp.readline().split()\n"
            + "    if len(head) != 6:\n"
            + "        break\n"
            + "    kind, flags = head[0], int(head[1]) | (int(head[2]) & features)\n"
            + "    mode, name, data = inp.read(int(head[3])), inp.read(int(head[4])), inp.read(int(head[5]))\n"
            + "    if str is not bytes:\n"
            + "        name, mode = name.decode('utf-8', 'surrogateescape'), mode.decode('utf-8', 'surrogateescape')\n"
            + "    src = data if kind == b'b' else data.decode('utf-8')\n"
            + "    try:\n"
            + "        res = marshal.dumps(compile(src, name, mode, flags, True))\n"
            + "    except SyntaxError as e:\n"
            + "        res = fields(e)\n"
            + "    except (ValueError, TypeError, OverflowError) as e:\n"
            + "        res = (u'?' + s(type(e).__name__) + u'\\0' + s(str(e))).encode('utf-8')\n"
            + "    out.write(struct.pack('>i', len(res)) + res)\n"
            + "    out.flush()\n";

    private final Path python;
    private Process process;
    private OutputStream requests;
    private DataInputStream replies;

    public CompilerProcess(Path python) {
        this.python = python;
    }

    /** The running process's id, or -1 when none runs (for tests). */
    synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Ends the running process (the next request starts another). */
    public synchronized void end() {
        stop();
    }

    /** The marshalled code (or "!" and a SyntaxError's fields) CPython makes of {@code source}. */
    public synchronized byte[] compile(byte[] source, boolean bytes, String filename, String mode, long flags, int callerFlags)
            throws IOException {
        try {
            return request(source, bytes, filename, mode, flags, callerFlags);
        } catch (IOException gone) {
            // the process ended (idle for a minute, or killed): once more with a new one
            stop();
            return request(source, bytes, filename, mode, flags, callerFlags);
        }
    }

    private byte[] request(byte[] source, boolean bytes, String filename, String mode, long flags, int callerFlags) throws IOException {
        if (process == null || !process.isAlive()) {
            start();
        }
        byte[] name = filename.getBytes(StandardCharsets.UTF_8);
        byte[] how = mode.getBytes(StandardCharsets.UTF_8);
        requests.write(((bytes ? "b " : "u ") + flags + " " + (callerFlags & 0xffffffffL) + " " + how.length + " " + name.length + " "
                + source.length + "\n").getBytes(StandardCharsets.US_ASCII));
        requests.write(how);
        requests.write(name);
        requests.write(source);
        requests.flush();
        int n = replies.readInt();
        if (n < 0) {
            throw new IOException("bad reply length " + n);
        }
        byte[] out = new byte[n];
        replies.readFully(out);
        return out;
    }

    private void start() throws IOException {
        stop();
        process = new ProcessBuilder(python.toString(), "-c", SERVER).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        requests = process.getOutputStream();
        replies = new DataInputStream(new java.io.BufferedInputStream(process.getInputStream()));
    }

    private void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
