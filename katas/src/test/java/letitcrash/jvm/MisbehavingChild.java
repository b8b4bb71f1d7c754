package letitcrash.jvm;

import java.io.File;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The main class of the child JVMs in {@link ChildJvmTest}, each a way a child goes wrong:
 * its one argument is {@code crash} (main throws before it serves), {@code chatty} (it
 * prints before it serves), {@code two-lines} (it answers with two lines) or
 * {@code temporary-file} (it makes a temporary file and answers with its path, then waits to be killed)
 * or {@code count FILE} (it tells 1, 2, 3, ... unasked, as fast as it can, and after each line
 * has gone to its parent appends the number to FILE, until it is killed).
 */
final class MisbehavingChild {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "crash" -> throw new IllegalStateException("no scenario to set up");
            case "chatty" -> {
                System.out.println("hello, parent");
                ParentLine.serve(line -> line);
            }
            case "two-lines" -> ParentLine.serve(line -> line + "\n" + line);
            case "temporary-file" -> {
                var file = File.createTempFile("left-behind-", ".tmp");
                ParentLine.serve(line -> file.getAbsolutePath());
            }
            case "count" -> {
                try (var told = new FileOutputStream(args[1], true)) {
                    ParentLine.report(parent -> {
                        for (long n = 1; parent.listening(); n++) {
                            parent.tell(Long.toString(n));
                            told.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
                        }
                    });
                }
            }
            default -> throw new IllegalArgumentException("unknown way to misbehave: " + args[0]);
        }
    }
}
