package letitcrash.jvm;

/**
 * The main class of the child JVMs in {@link ChildJvmTest}, each a way a child goes wrong:
 * its one argument is {@code crash} (main throws before it serves), {@code chatty} (it
 * prints before it serves), {@code two-lines} (it answers with two lines) or
 * {@code temporary-file} (it makes a temporary file and answers with its path, then waits to be killed).
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
                var file = java.io.File.createTempFile("left-behind-", ".tmp");
                ParentLine.serve(line -> file.getAbsolutePath());
            }
            default -> throw new IllegalArgumentException("unknown way to misbehave: " + args[0]);
        }
    }
}
