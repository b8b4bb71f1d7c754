package letitcrash.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import picocli.CommandLine.Help.Ansi;

/**
 * Watch mode: one warm JVM that re-runs the current kata on every save and redraws the
 * screen, and answers single keys.
 *
 * <p>Threads. Two feeders put events in one queue: the {@link SourceWatcher} (a save) and
 * a key reader (a key). Everything else, the build, the test runs and the drawing, happens
 * on the thread that calls {@link #run}, one event at a time, so the session needs no
 * locking. After a save the current kata runs first and its verdict is drawn at once; the
 * other katas run after, and the progress bar is redrawn when they are done.
 */
final class Watch implements AutoCloseable {

    sealed interface Event {}

    record Saved() implements Event {}

    record Key(int code) implements Event {}

    /** The terminal changed size: draw again to fit. */
    record Resized() implements Event {}

    private static final String KEYS = "h hint · l list · n next kata · r reset · m more · enter re-run · q quit";

    private final Session session;
    private final Terminal terminal;
    private final Screen screen;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final SourceWatcher watcher;
    private Kata current;
    private String status = "";
    /** What the learner must not miss (a reset's outcome): kept on screen, through saves, until the next key. */
    private String notice = "";
    /** Which page of a screen too long for the terminal is shown; 0 is the first. */
    private int page;

    Watch(Session session, boolean poll) throws IOException {
        this.session = session;
        this.terminal = TerminalBuilder.builder().system(true).build();
        this.screen = new Screen(Ansi.ON);
        this.watcher = new SourceWatcher(List.of(session.repo().stubs(), session.repo().tests()), poll,
                () -> events.add(new Saved()));
    }

    void run() throws IOException, InterruptedException {
        var saved = terminal.enterRawMode();
        Thread.ofPlatform().daemon().name("keys").start(this::readKeys);
        terminal.handle(Terminal.Signal.WINCH, signal -> events.add(new Resized()));
        try {
            status = watcher.polling() ? "Watching for saves (polling)." : "Watching for saves.";
            session.runAll();
            current = session.current().orElse(null);
            draw();
            while (true) {
                switch (events.take()) {
                    case Saved s -> onSave();
                    case Resized r -> draw();
                    case Key(int code) when code == 'q' || code == 'Q' || code == 3 || code == -1 -> {
                        return;
                    }
                    case Key(int code) -> {
                        notice = "";
                        onKey(code);
                    }
                }
            }
        } finally {
            terminal.setAttributes(saved);
            terminal.writer().println();
            terminal.flush();
        }
    }

    private void onSave() throws InterruptedException {
        // An editor's save is often several events: take them as one.
        while (events.poll(30, TimeUnit.MILLISECONDS) instanceof Saved) {
            // drained
        }
        rerun();
    }

    private void rerun() {
        page = 0;
        try {
            runCurrentThenOthers();
        } catch (RuntimeException broken) {
            // Whatever went wrong, the watch goes on: say it, and wait for the next save.
            status = "Could not run the katas: " + broken;
        }
        draw();
    }

    private void runCurrentThenOthers() {
        if (current == null) {
            session.runAll();
        } else {
            session.run(List.of(current.id()));
            status = "Ran kata " + current.id() + ".";
            draw();
            var others = session.catalog().katas().stream().map(Kata::id).filter(id -> !id.equals(current.id())).toList();
            if (session.last().compiled() && !others.isEmpty()) {
                session.run(others);
            }
        }
        if (current == null) {
            current = session.current().orElse(null);
        }
    }

    private void onKey(int code) throws InterruptedException {
        switch (code) {
            case 'h', 'H' -> {
                if (current != null && !current.hints().isEmpty()) {
                    int shown = session.progress().showNextHint(current.id(), current.hints().size());
                    status = shown == current.hints().size() ? "That is the last hint." : "Hint " + shown + " shown.";
                }
                draw();
            }
            case 'n', 'N' -> {
                current = current == null ? session.current().orElse(null) : session.next(current).orElse(current);
                if (current != null) {
                    session.progress().current(current.id());
                    status = "Now on kata " + current.id() + ".";
                }
                draw();
            }
            case 'l', 'L' -> list();
            case 'r', 'R' -> reset();
            case '\r', '\n', ' ' -> rerun();
            case 'm', 'M' -> {
                page++;
                draw();
            }
            default -> {
                status = "That key does nothing here. The keys:";
                draw();
            }
        }
    }

    /** The list view: type a kata's number and enter to jump to it; any other key goes back. */
    private void list() throws InterruptedException {
        var typed = new StringBuilder();
        int listPage = 0;
        while (true) {
            var lines = screen.list(session, current);
            paint(layout().fit(lines.subList(0, 2), lines.subList(2, lines.size()),
                    List.of("", "Jump to kata: " + typed + "   (type its number and press enter; any other key goes back)"), listPage));
            if (!(events.take() instanceof Key(int code))) {
                continue;
            }
            if (code == 'm' || code == 'M') {
                listPage++;
            } else if (Character.isDigit(code) || code == '.') {
                typed.append((char) code);
            } else if ((code == '\r' || code == '\n') && session.catalog().kata(typed.toString()).isPresent()) {
                current = session.catalog().kata(typed.toString()).get();
                session.progress().current(current.id());
                status = "Now on kata " + current.id() + ".";
                break;
            } else {
                break;
            }
        }
        draw();
    }

    private void reset() throws InterruptedException {
        if (current == null) {
            return;
        }
        paint(layout().fit(screen.top(session, current), screen.body(session, current), List.of("", Ansi.ON.string(
                "@|red,bold Reset kata " + current.id() + "? Your code in it is replaced (a copy is kept). Press y to reset, any other key to keep it.|@")), 0));
        Event answer;
        do {
            answer = events.take();
        } while (!(answer instanceof Key));
        String outcome = "Kept your code.";
        if (answer instanceof Key(int code) && (code == 'y' || code == 'Y')) {
            try {
                outcome = Resets.kata(session.repo(), session, current).message("Kata " + current.id());
            } catch (Workbook.UserError cannot) {
                outcome = cannot.getMessage();
            }
        }
        notice = outcome;
        rerun();
    }

    private void draw() {
        var bottom = new ArrayList<String>();
        bottom.add("");
        notice.lines().forEach(line -> bottom.add(Ansi.ON.string("@|yellow " + line + "|@")));
        bottom.add(Ansi.ON.string("@|faint " + status + "  " + KEYS + "|@"));
        paint(layout().fit(screen.top(session, current), screen.body(session, current), bottom, page));
    }

    /** The terminal's size now: it may have changed since the last screen. */
    private Layout layout() {
        return new Layout(terminal.getWidth(), terminal.getHeight());
    }

    private void paint(List<String> lines) {
        terminal.puts(Capability.clear_screen);
        PrintWriter out = terminal.writer();
        // In raw mode a newline does not return the carriage: write both. None after the last
        // line: on a screen it fills, that newline would scroll the top line out of sight.
        out.print(String.join("\n", lines).replace("\n", "\r\n"));
        out.flush();
    }

    private static final int ESCAPE = 27;

    /**
     * Reads the rest of an escape sequence (an arrow or page key sends several characters at
     * once), so that it counts as one key: page down and the down arrow show more, as m does.
     */
    private int escapeSequence() throws IOException {
        var sequence = new StringBuilder();
        for (int next = terminal.reader().read(20); next >= 0; next = terminal.reader().read(20)) {
            sequence.append((char) next);
        }
        return sequence.toString().equals("[B") || sequence.toString().equals("[6~") ? 'm' : ESCAPE;
    }

    private void readKeys() {
        try {
            while (true) {
                int code = terminal.reader().read();
                events.add(new Key(code == ESCAPE ? escapeSequence() : code));
                if (code == -1) {
                    return;
                }
            }
        } catch (IOException closed) {
            events.add(new Key(-1));
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        session.close();
        terminal.close();
    }
}
