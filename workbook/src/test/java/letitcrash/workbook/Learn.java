package letitcrash.workbook;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code ./learn} with arguments in a test, on the checkout at {@code root}, without a terminal. */
final class Learn {

    record Result(int status, String out, String err) {}

    private Learn() {}

    static synchronized Result run(Path root, String... args) {
        String previous = System.getProperty("workbook.root");
        System.setProperty("workbook.root", root.toString());
        try {
            var out = new StringWriter();
            var err = new StringWriter();
            int status = Workbook.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
            return new Result(status, out.toString(), err.toString());
        } finally {
            System.setProperty("workbook.root", previous);
        }
    }
}
