package letitcrash.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./learn} with arguments in a test, on the checkout at {@code root}, without a terminal. */
final class Learn {

    record Result(int status, String out, String err) {}

    private Learn() {}

    static Result run(Path root, String... args) {
        return run(false, root, args);
    }

    /** As a maintainer, with {@code LEARN_MAINTAINER=1}. */
    static Result maintainer(Path root, String... args) {
        return run(true, root, args);
    }

    /**
     * Runs it in a JVM of its own, with the JVM options the {@code ./learn} script gives it and
     * {@code input} as its standard input: for the commands that read it (jshell). A run still
     * going after two minutes is killed and fails.
     */
    static Result inOwnJvm(Path root, String input, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(ToolJvm.command(args.length > 0 ? args[0] : "", List.of("-Dworkbook.root=" + root)));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = readAll(process.getInputStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./learn " + String.join(" ", args) + " did not end; it wrote:\n" + out);
        }
        return new Result(process.exitValue(), out, err.join());
    }

    private static String readAll(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static synchronized Result run(boolean maintainer, Path root, String... args) {
        String previous = System.getProperty("workbook.root");
        System.setProperty("workbook.root", root.toString());
        try {
            var out = new StringWriter();
            var err = new StringWriter();
            int status = Workbook.commandLine(maintainer).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
            return new Result(status, out.toString(), err.toString());
        } finally {
            System.setProperty("workbook.root", previous);
        }
    }
}
