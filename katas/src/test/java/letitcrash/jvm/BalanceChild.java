package letitcrash.jvm;

import java.nio.file.Files;
import java.nio.file.Path;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;

/**
 * The main class of the child JVM in {@link HardKillTest}: a balance server that saves its
 * state only in terminate and restores it in init (the restore pattern), answering its
 * parent's lines. Its one argument is the file the balance is saved to.
 *
 * <p>Lines: {@code deposit N} answers {@code balance B} once the server holds the new
 * balance; {@code balance} answers the same without a change; {@code halt} halts the JVM
 * with {@link #HALT_STATUS}, answering nothing. When its input ends, it stops the server in
 * order (terminate saves) and exits.
 */
final class BalanceChild {

    /** The exit value of a halted child: neither 0 (an orderly exit) nor 137 (a SIGKILL). */
    static final int HALT_STATUS = 3;

    /** Saves the balance in terminate, restores it in init. */
    record SavedBalance(Path file) implements Server<Long> {
        @Override
        public Long init(Object arg) throws Exception {
            return Files.exists(file) ? Long.parseLong(Files.readString(file)) : 0L;
        }

        @Override
        public CallResult<Long> handleCall(Object request, From from, Long balance) {
            long next = balance + (long) request;
            return new Reply<>(next, next);
        }

        @Override
        public void terminate(ExitReason reason, Long balance) throws Exception {
            Files.writeString(file, Long.toString(balance));
        }
    }

    public static void main(String[] args) throws Exception {
        try (var node = Node.start()) {
            Pid server = node.run(() -> GenServer.start(new SavedBalance(Path.of(args[0])), null));
            ParentLine.serve(line -> "balance " + node.run(() -> GenServer.call(server, amount(line))));
            node.run(() -> {
                GenServer.stop(server);
                return null;
            });
        }
    }

    private static long amount(String line) {
        String[] words = line.split(" ");
        return switch (words[0]) {
            case "deposit" -> Long.parseLong(words[1]);
            case "balance" -> 0L;
            case "halt" -> {
                Runtime.getRuntime().halt(HALT_STATUS);
                yield 0L;
            }
            default -> throw new IllegalArgumentException("unknown line: " + line);
        };
    }
}
