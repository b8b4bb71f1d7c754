package letitcrash.jvm;

/**
 * The main class of the child JVMs in {@link ChildJvmTest}, each a way a child goes wrong:
 * its one argument is {@code crash} (main throws before it serves), {@code chatty} (it
 * prints before it serves) or {@code two-lines} (it answers with two lines).
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
            default -> throw new IllegalArgumentException("unknown way to misbehave: " + args[0]);
        }
    }
}
