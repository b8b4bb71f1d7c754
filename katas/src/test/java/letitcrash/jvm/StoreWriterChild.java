package letitcrash.jvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import letitcrash.process.Node;
import letitcrash.server.GenServer;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.store.Slot;
import letitcrash.store.SqlStore;
import letitcrash.store.Store;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;

/**
 * The main class of the child JVM in {@link StoreSurvivesSigkillTest}: a process that opens
 * one key of a store and writes the numbers after the one it found there (1, 2, 3, … in a new
 * store), as fast as it can, telling its parent each number once its write has returned. The
 * parent kills it with SIGKILL whenever it likes.
 *
 * <p>Arguments: the store's {@linkplain #store kind} and place, and the key. Lines, told
 * unasked ({@link ParentLine#report}): {@code opened V} (or {@code opened nothing}) once the
 * slot is open, then {@code acked N} after each write. It stops writing when its input ends.
 */
final class StoreWriterChild {

    public static void main(String[] args) throws Exception {
        var store = store(args[0], Path.of(args[1]));
        String key = args[2];
        try (var node = Node.start()) {
            ParentLine.report(parent -> node.run(() -> {
                var slot = store.open(key);
                parent.tell("opened " + slot.read().orElse("nothing"));
                long last = slot.read().map(Long::parseLong).orElse(0L);
                while (parent.listening()) {
                    last++;
                    slot.write(Long.toString(last));
                    parent.tell("acked " + last);
                }
                return null;
            }));
        }
    }

    /**
     * The store of {@code kind} at {@code place}, the same in the child and in the test that
     * reads what it left: {@code file}, a {@link FileStore} in the folder {@code place};
     * {@code sql}, a {@link SqlStore} on SQLite in {@code place/store.db}; {@code journal}, an
     * {@link EventJournal} in {@code place/store.journal}, a key's value being its stream's last event.
     */
    static Store store(String kind, Path place) {
        return switch (kind) {
            case "file" -> FileStore.in(place);
            case "sql" -> key -> {
                Files.createDirectories(place);
                return SqlStore.sqlite(place.resolve("store.db")).open(key);
            };
            case "journal" -> key -> journal(place.resolve("store.journal"), key);
            default -> throw new IllegalArgumentException("no store of kind \"" + kind + "\": the kinds are file, sql and journal");
        };
    }

    /** The libraries a child writing to a store of {@code kind} needs on its class path. */
    static List<Class<?>> libraries(String kind) {
        try {
            return kind.equals("sql") ? List.of(Class.forName("org.sqlite.JDBC")) : List.of();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the SQLite driver is not on the class path: sqlite-jdbc is a runtime dependency of katas", e);
        }
    }

    /**
     * A journal seen as one key of a store: the journal runs under a supervisor of the caller's
     * until the slot is closed, which stops it and so lets go of its file. Call from a process.
     */
    private static Slot journal(Path file, String key) throws Exception {
        var supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", file)));
        var events = EventJournal.read("journal", key, 0);
        return new Slot() {
            private Optional<String> last = events.isEmpty() ? Optional.empty() : Optional.of(events.getLast().event());

            @Override
            public String key() {
                return key;
            }

            @Override
            public Optional<String> read() {
                return last;
            }

            @Override
            public void write(String value) throws Exception {
                EventJournal.append("journal", key, value);
                last = Optional.of(value);
            }

            @Override
            public void close() {
                try {
                    GenServer.stop(supervisor); // returns once the journal's file is closed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
