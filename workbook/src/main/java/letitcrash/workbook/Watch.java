package letitcrash.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import picocli.CommandLine.Help.Ansi;

/**
 * Watch mode: re-runs the current kata on every save and redraws the screen, and answers
 * single keys.
 *
 * <p>Threads. Three feeders put events in one queue: the {@link SourceWatcher} (a save), a
 * key reader (a key) and the runner (a check's results). The thread that calls {@link #run}
 * takes them one at a time: it draws, answers keys and takes in results, and never waits
 * for a test. The runner thread does the builds and test runs ({@link Session#check}), one
 * {@link Job} at a time, in worker JVMs. After a save the current kata is checked first and
 * its verdict drawn at once; the other katas are checked after, in the background. A save
 * cancels the job in progress (killing its worker, whose spare is warm), so that the new
 * verdict never waits for a background run or for a runaway's time limit.
 *
 * <p>Modes. What an event does depends on what is on screen: the kata's status, the list of
 * katas, or a reset's question. Each is a {@link Mode} that takes the event and returns the
 * mode to go on in; the list and the question return to the status when they are done. Only
 * the status checks on a save: a view that waits for a key takes results in and remembers the
 * save, which is checked once the status is back.
 */
final class Watch implements AutoCloseable {

    sealed interface Event {}

    record Saved() implements Event {}

    record Key(int code) implements Event {}

    /** What the runner found for a job, or how it failed. */
    record Checked(Job job, KataRunner.Run run, RuntimeException failure) implements Event {}

    /**
     * Katas to check, in the foreground (the current kata) or the background (the others).
     * Of its katas, a job runs those started and the one that was current when it was made;
     * when the current kata changes meanwhile and the job skips it, a check of it follows.
     */
    static final class Job {
        final List<String> katas;
        final boolean background;
        /** The current kata when the job was made, or null: run even if not started. */
        final String current;
        /** Set by the screen's thread; read by the runner between katas, and by its worker while it waits (Worker's cancel grace). */
        volatile boolean cancelled;

        Job(List<String> katas, boolean background, String current) {
            this.katas = katas;
            this.background = background;
            this.current = current;
        }
    }

    /** The terminal changed size: draw again to fit. */
    record Resized() implements Event {}

    private static final String KEYS = "h hint · l list · n next kata · r reset · m more · enter re-run · q quit";

    private final Session session;
    private final Terminal terminal;
    private final Screen screen;
    private final BlockingDeque<Event> events = new LinkedBlockingDeque<>();
    private final SourceWatcher watcher;
    private final Workers workers;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    /** The job the runner has or will take next: the screen's thread only. */
    private Job pending;
    /** Whether a check is due once a view that waits for a key is left (a save came, say): the screen's thread only. */
    private boolean checkDue;
    private Kata current;
    private String status = "";
    /** What the learner must not miss (a reset's outcome, where its copy is): kept on screen, through saves, until the next key. */
    private String notice = "";
    /** Which page of a screen too long for the terminal is shown; 0 is the first. */
    private int page;

    /** Watch mode in the terminal this JVM runs in. */
    Watch(Repo repo, boolean poll) throws IOException {
        this(repo, poll, TerminalBuilder.builder().system(true).build());
    }

    /** Watch mode in {@code terminal}, which it closes when it is closed. */
    Watch(Repo repo, boolean poll, Terminal terminal) throws IOException {
        this.workers = new Workers(true, repo.root());
        this.session = new Session(repo, workers);
        this.terminal = terminal;
        this.screen = new Screen(Ansi.ON);
        this.watcher = new SourceWatcher(List.of(session.repo().stubs(), session.repo().tests()), poll,
                () -> events.add(new Saved()));
    }

    void run() throws IOException, InterruptedException {
        var saved = terminal.enterRawMode();
        KeyReader.start(terminal, code -> events.add(new Key(code)));
        Thread.ofPlatform().daemon().name("kata runner").start(this::runJobs);
        terminal.handle(Terminal.Signal.WINCH, signal -> events.add(new Resized()));
        try {
            current = session.current().orElse(null);
            check();
            for (Mode mode = new Status(); mode != null; ) {
                mode = switch (events.take()) {
                    case Saved s -> mode.saved();
                    case Checked checked -> mode.checked(checked);
                    case Resized r -> mode.resized();
                    case Key(int code) -> mode.key(code);
                };
            }
        } finally {
            terminal.setAttributes(saved);
            terminal.writer().println();
            terminal.flush();
        }
    }

    private void onSave() throws InterruptedException {
        // An editor's save is often several events: take them as one, and keep any other event.
        for (Event next; (next = events.poll(30, TimeUnit.MILLISECONDS)) != null; ) {
            if (!(next instanceof Saved)) {
                events.putFirst(next);
                break;
            }
        }
        check();
    }

    /** Checks the current kata now (every kata when there is none), then the others in the background. */
    private void check() {
        page = 0;
        if (pending != null) {
            // The job in progress is moot. A background run loses its worker at once, the spare
            // being warm; a current kata's run gets a moment to end (a quick one ends sooner than
            // a spare warms), and its worker is killed after that (Worker's cancel grace).
            pending.cancelled = true;
            if (pending.background) {
                workers.abort();
            }
        }
        var first = current == null ? session.allKatas() : List.of(current.id());
        pending = new Job(first, false, current == null ? null : current.id());
        jobs.add(pending);
        status = "Checking " + (current == null ? "every kata" : "kata " + current.id()) + "…";
        draw();
    }

    private void rerun() {
        check();
    }

    /** After a move to another kata: its verdict, run now if it was not started (its tests were not run). */
    private void drawOrCheck() {
        if (current != null && session.notStarted(current.id())) {
            check();
        } else {
            draw();
        }
    }

    private void onChecked(Checked checked) {
        absorb(checked);
        if (checkDue) {
            checkDue = false;
            check();
        } else {
            draw();
        }
    }

    /** Takes in what the runner found, unless a newer job made it moot; queues the other katas after the current one. */
    private void absorb(Checked checked) {
        if (checked.job().cancelled) {
            return;
        }
        if (checked.failure() != null) {
            // Whatever went wrong, the watch goes on: say it, and wait for the next save.
            status = "Could not run the katas: " + checked.failure();
            pending = null;
            return;
        }
        session.accept(checked.run());
        if (current == null) {
            current = session.current().orElse(null);
        }
        if (current != null && session.last().compiled() && checked.run().notStarted().contains(current.id())) {
            // The current kata came after the job was made (the first kata not done, or a move
            // to another), and the job skipped it as not started: it is checked now, as current.
            pending = null;
            checkDue = true;
            return;
        }
        var others = session.allKatas().stream().filter(id -> !checked.job().katas.contains(id)).toList();
        var hung = checked.job().background ? List.<String>of() : checked.job().katas.stream()
                .filter(id -> session.last().of(id).stream().anyMatch(r -> !r.passed() && Watchdog.hung(r.message()))).toList();
        if (!hung.isEmpty() && !others.isEmpty()) {
            // The other katas run the same code, and would most likely each wait out a test's limit
            // (a leaked lock: 101.7 s of them): they keep their last results until it no longer hangs.
            pending = null;
            status = (watcher.polling() ? "Watching for saves (polling)." : "Watching for saves.") + " The other katas are checked once kata "
                    + String.join(", ", hung) + " no longer hangs.";
        } else if (!checked.job().background && session.last().compiled() && !others.isEmpty()) {
            // The current kata may have changed since the job was made: it is run among the others even if not started.
            pending = new Job(others, true, current == null ? null : current.id());
            jobs.add(pending);
            status = "Checked kata " + String.join(", ", checked.job().katas) + "; checking the other katas…";
        } else {
            pending = null;
            status = watcher.polling() ? "Watching for saves (polling)." : "Watching for saves.";
        }
    }

    /** The runner thread: checks one job at a time and hands what it found to the screen's thread. */
    private void runJobs() {
        while (true) {
            Job job;
            try {
                job = jobs.take();
            } catch (InterruptedException stopped) {
                return;
            }
            if (job.cancelled) {
                continue;
            }
            try {
                events.add(new Checked(job, session.check(job.katas, job.current, job.background, () -> job.cancelled), null));
            } catch (InterruptedException stopped) {
                return;
            } catch (RuntimeException failure) {
                events.add(new Checked(job, null, failure));
            }
        }
    }

    /** What is on screen, and what an event does there; each event returns the mode to go on in, null to quit. */
    private sealed interface Mode {
        Mode key(int code);

        Mode saved() throws InterruptedException;

        Mode checked(Checked checked);

        Mode resized();
    }

    /**
     * A view that waits for a key, over the status: results are taken in and a save remembered
     * meanwhile, and it is checked once the status is back ({@link #backToStatus}).
     */
    private abstract sealed class View implements Mode permits Listing, ResetQuestion {
        @Override
        public Mode saved() {
            checkDue = true;
            return this;
        }

        @Override
        public Mode checked(Checked checked) {
            absorb(checked);
            return this;
        }

        @Override
        public Mode resized() {
            return this;
        }
    }

    /** The current kata's status, checked on every save. */
    private final class Status implements Mode {
        @Override
        public Mode key(int code) {
            if (code == 'q' || code == 'Q' || code == 3 || code == -1) {
                return null;
            }
            notice = "";
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
                    drawOrCheck();
                }
                case 'l', 'L' -> {
                    return new Listing().paint();
                }
                case 'r', 'R' -> {
                    if (current != null) {
                        return new ResetQuestion().paint();
                    }
                }
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
            return this;
        }

        @Override
        public Mode saved() throws InterruptedException {
            onSave();
            return this;
        }

        @Override
        public Mode checked(Checked checked) {
            onChecked(checked);
            return this;
        }

        @Override
        public Mode resized() {
            draw();
            return this;
        }
    }

    /** The list view: type a kata's number and enter to jump to it; any other key goes back. */
    private final class Listing extends View {
        private final StringBuilder typed = new StringBuilder();
        private int listPage;

        Listing paint() {
            var lines = screen.list(session, current);
            Watch.this.paint(layout().fit(lines.subList(0, 2), lines.subList(2, lines.size()),
                    List.of("", "Jump to kata: " + typed + "   (type its number and press enter; any other key goes back)"), listPage));
            return this;
        }

        @Override
        public Mode key(int code) {
            if (code == 'm' || code == 'M') {
                listPage++;
                return paint();
            }
            if (Character.isDigit(code) || code == '.') {
                typed.append((char) code);
                return paint();
            }
            var chosen = code == '\r' || code == '\n' ? session.catalog().kata(typed.toString()) : Optional.<Kata>empty();
            chosen.ifPresent(kata -> {
                current = kata;
                session.progress().current(current.id());
                status = "Now on kata " + current.id() + ".";
            });
            return backToStatus();
        }

    }

    /** Asks before a reset of the current kata: y resets it, any other key keeps the learner's code. */
    private final class ResetQuestion extends View {
        ResetQuestion paint() {
            Watch.this.paint(layout().fit(screen.top(session, current), screen.body(session, current), List.of("", Ansi.ON.string(
                    "@|red,bold Reset kata " + current.id() + "? Your code in it is replaced (a copy is kept). Press y to reset, any other key to keep it.|@")), 0));
            return this;
        }

        @Override
        public Mode key(int code) {
            if (code != 'y' && code != 'Y') {
                // Nothing changed: a word in the status line, gone with the next.
                status = "Kept your code.";
                return backToStatus();
            }
            checkDue = false;
            try {
                notice = Resets.kata(session.repo(), session, current).message("Kata " + current.id());
            } catch (Workbook.UserError cannot) {
                notice = cannot.getMessage();
            }
            rerun();
            return new Status();
        }

    }

    /** Back from a view to the status: a save made meanwhile is checked now. */
    private Mode backToStatus() {
        if (checkDue) {
            checkDue = false;
            check();
        } else {
            drawOrCheck();
        }
        return new Status();
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

    @Override
    public void close() throws IOException {
        workers.close();
        watcher.close();
        session.close();
        terminal.close();
    }
}
