package letitcrash.workbook;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells when a Java source under some folders is saved. It listens to the file system's
 * events where it can, and falls back to polling (a snapshot of sizes and modification
 * times, compared every quarter second) where events fail to register or are not wanted.
 *
 * <p>{@code onChange} runs on the watcher's own thread, once per batch of events; callers
 * hand it on to their own thread (watch mode puts an event in its queue).
 */
final class SourceWatcher implements AutoCloseable {

    static final Duration POLL_EVERY = Duration.ofMillis(250);

    private final List<Path> roots;
    private final Runnable onChange;
    private final Thread thread;
    private volatile WatchService service;
    private volatile boolean polling;

    SourceWatcher(List<Path> roots, boolean poll, Runnable onChange) {
        this.roots = roots;
        this.onChange = onChange;
        this.polling = poll;
        if (!poll) {
            try {
                service = FileSystems.getDefault().newWatchService();
                for (Path root : roots) {
                    registerAll(root);
                }
            } catch (IOException | UnsupportedOperationException noEvents) {
                polling = true;
            }
        }
        thread = Thread.ofPlatform().daemon().name("source watcher").start(polling ? this::poll : this::listen);
    }

    /** Whether it fell back to (or was asked for) polling. */
    boolean polling() {
        return polling;
    }

    private void listen() {
        try {
            while (true) {
                var key = service.take();
                boolean source = false;
                for (var event : key.pollEvents()) {
                    if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                            && key.watchable() instanceof Path dir && Files.isDirectory(dir.resolve(name))) {
                        registerAll(dir.resolve(name));
                        source = true;
                    }
                    // Only sources count: approval tests write and delete .received.txt files beside them.
                    source |= !(event.context() instanceof Path name) || name.toString().endsWith(".java");
                }
                key.reset();
                if (source) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // Closed: the watch is over.
        } catch (IOException e) {
            polling = true;
            poll();
        }
    }

    private void poll() {
        var last = snapshot();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(POLL_EVERY);
            } catch (InterruptedException stopped) {
                return;
            }
            var now = snapshot();
            if (!now.equals(last)) {
                last = now;
                onChange.run();
            }
        }
    }

    private Map<Path, String> snapshot() {
        var files = new HashMap<Path, String>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        files.put(f, Files.getLastModifiedTime(f) + "/" + Files.size(f));
                    } catch (IOException gone) {
                        // Deleted while we looked: the next snapshot sees it.
                    }
                });
            } catch (IOException | java.io.UncheckedIOException gone) {
                // A folder that vanished mid-walk: the next snapshot sees it.
            }
        }
        return files;
    }

    private void registerAll(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        if (service != null) {
            service.close();
        }
    }
}
