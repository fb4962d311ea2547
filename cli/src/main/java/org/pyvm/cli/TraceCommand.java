package org.pyvm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.pyvm.cli.trace.HtmlPage;
import org.pyvm.cli.trace.JsonFormat;
import org.pyvm.cli.trace.Step;
import org.pyvm.cli.trace.StepRecorder;
import org.pyvm.cli.trace.TextFormat;
import org.pyvm.cli.trace.WholeLines;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.interp.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code pyvm trace FILE.pyc [ARGS...]}: runs the module like {@code run} and reports every
 * instruction it executes. The program's stdout and stderr are its own; trace lines go to stderr
 * (each starting with {@code #N} in text, or being one JSON object) unless {@code --output} sends
 * them to a file, and {@code --html} writes a page instead of lines.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Run a .pyc and report each instruction executed: "
        + "frame depth and function, offset and line, the instruction as dis shows it, the data stack after it, and the "
        + "block stack (2.7/3.6) or the exception-table entry covering it (3.11). Stack values are summarised without "
        + "running the program's code (an instance shows as <C object>). Trace lines go to stderr unless --output is given.")
final class TraceCommand implements Callable<Integer> {
    @ParentCommand
    PyvmCommand root;

    @Option(names = "--json", description = "One JSON object per step instead of a text line.")
    boolean json;

    @Option(names = "--filter", paramLabel = "FUNC", description = "Only steps of frames running a function named FUNC (co_name, e.g. fib or <module>).")
    String filter;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the trace lines to FILE instead of stderr.")
    Path output;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Write a page that steps through the run (back/forward, slider) instead of lines.")
    Path html;

    @Option(names = "--max-steps-recorded", paramLabel = "N", defaultValue = "100000",
            description = "Most steps the --html page holds (default ${DEFAULT-VALUE}); the page says when the run had more.")
    int maxStepsRecorded;

    @Option(names = "--width", paramLabel = "N", defaultValue = "60", description = "Longest summary of one stack value (default ${DEFAULT-VALUE}).")
    int width;

    @Parameters(index = "0", paramLabel = "FILE.pyc")
    Path file;

    /** The program's arguments (as {@code run} takes them: anything trace does not know itself; put trace's options before FILE). */
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (maxStepsRecorded < 1 || width < 1) {
            throw new BadInputException("--max-steps-recorded and --width must be at least 1");
        }
        CodeObject module = Loading.module(file, root.packs());
        boolean lines = html == null || json || output != null;
        Writer writer = lines && output != null ? open(output) : null;
        WholeLines toStderr = lines && output == null ? new WholeLines(root.err) : null;
        HtmlPage page = html == null ? null : new HtmlPage(maxStepsRecorded);
        Consumer<Step> sink = step -> {
            if (writer != null) {
                try {
                    writer.write(json ? JsonFormat.line(step) : TextFormat.line(step));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (toStderr != null) {
                toStderr.line(json ? JsonFormat.line(step) : TextFormat.line(step));
            }
            if (page != null) {
                page.accept(step);
            }
        };
        StepRecorder recorder = new StepRecorder(module.lang, width, filter, sink);
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(args);
        int status;
        try {
            java.io.OutputStream err = toStderr != null ? toStderr.programStream(recorder::emitPending) : root.err;
            status = Vm.run(module, argv, root.host(err), file.toAbsolutePath().getParent(), recorder);
            recorder.finish();
        } finally {
            root.out.flush();
            if (writer != null) {
                writer.close();
            }
            if (toStderr != null) {
                toStderr.flush();
            }
        }
        if (recorder.failure() != null) {
            root.err.println("pyvm: the trace stopped early: " + recorder.failure().getMessage());
        }
        if (page != null) {
            try {
                page.write(html, file, module.pack.table().pythonVersion(), recorder.executed(), status);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + html + ": " + e.getMessage());
            }
        }
        return status;
    }

    private static Writer open(Path out) {
        try {
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + e.getMessage());
        }
    }
}
