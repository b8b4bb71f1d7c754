package letitcrash.jvm;

import java.nio.file.Path;
import letitcrash.process.Node;
import letitcrash.store.FileStore;
import letitcrash.store.Store;

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
     * reads what it left: {@code file}, a {@link FileStore} in the folder {@code place}.
     */
    static Store store(String kind, Path place) {
        return switch (kind) {
            case "file" -> FileStore.in(place);
            default -> throw new IllegalArgumentException("no store of kind \"" + kind + "\": the kinds are file");
        };
    }
}
