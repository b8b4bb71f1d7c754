package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.restore.Backup;
import letitcrash.restore.BreakIt;
import letitcrash.restore.RestoredWallet;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.task.TaskSupervisor;
import letitcrash.testing.BookTable;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import letitcrash.vendor.FxFeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book's grid: chapter 6's cases, run against each design the book has built so far,
 * each on a manual clock in a node of its own. From chapter 7 on, every chapter adds its
 * design here, as a column. A cell gives chapter 6's two verdicts, worked out from the run
 * (was good state lost, was bad state kept), then what the run left: the balance, or what
 * was lost or kept.
 */
@DisplayName("The grid: chapter 6's cases against each design")
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a hang guard: a grid runs every case on every design, over 5 s on a slow, busy machine
class GridTest {

    /** A way to build the wallet: its tree, how money goes in, how it is read. */
    interface Design {
        /** Starts what the wallets need and the wallets named {@code names}; returns the wallets' supervisor. */
        Pid start(List<String> names) throws InterruptedException;

        /** Pays {@code amount} into {@code name} and waits until the wallet has taken it (or crashed on it). */
        void pay(String name, String amount) throws InterruptedException;

        /** The child spec of the wallet {@code name} alone, for kata 6.3's check. */
        ChildSpec spec(String name);
    }

    /**
     * What one case did to one design: whether good state was lost (an acknowledged balance
     * gone, or out of reach), whether bad state was kept (a state that crashes the wallet
     * when it is asked; null where the case does not ask), and what the run left.
     */
    record Cell(boolean lost, Boolean kept, String left) {
        /** A case that ends by asking the balance: lost unless it is the {@code acknowledged} one, kept if the ask crashes. */
        static Cell balance(String acknowledged, String after, String left) {
            return new Cell(!after.equals(acknowledged), after.equals("crashed"), left);
        }

        @Override
        public String toString() {
            boolean bad = Boolean.TRUE.equals(kept);
            if (lost || bad) {
                return "✗ " + (lost && bad ? "good state lost, bad state kept" : lost ? "good state lost" : "bad state kept") + ": " + left;
            }
            return "✓ nothing lost" + (kept == null ? "" : ", nothing bad kept") + ": " + left;
        }
    }

    /** The backup's supervisor in the run going on: the runs take turns, one at a time. */
    private static Pid backups;

    /** Chapter 6: the restore pattern, its backup under a supervisor of its own. */
    static final Design RESTORE = new Design() {
        @Override
        public Pid start(List<String> names) throws InterruptedException {
            if (Proc.whereis(Backup.NAME).isEmpty()) { // a start by hand finds the backup running
                backups = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Backup.spec()));
            }
            return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), names.stream().map(this::spec).toList());
        }

        @Override
        public void pay(String name, String amount) throws InterruptedException {
            var wallet = Expect.whereis(name);
            ended(wallet, () -> {
                Wallet.deposit(wallet, amount); // a cast: then a call, which answers once it is handled
                return Wallet.balance(wallet);
            });
        }

        @Override
        public ChildSpec spec(String name) {
            return new RestoredWallet(name).spec();
        }
    };

    /** A wallet beside a task supervisor under one supervisor, paid with calls: chapter 7's and later designs. */
    abstract static class BesideTasks implements Design {
        @Override
        public Pid start(List<String> names) throws InterruptedException {
            var children = new ArrayList<ChildSpec>(List.of(TaskSupervisor.spec(Exchanges.TASKS)));
            names.forEach(name -> children.add(spec(name)));
            return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), children);
        }

        @Override
        public void pay(String name, String amount) throws InterruptedException {
            var wallet = Expect.whereis(name);
            ended(wallet, () -> ExchangeWallet.pay(wallet, amount, ExchangeWallet.HOME));
        }
    }

    /** Chapter 7: the risky work in a task; no backup. */
    static final Design TASKS = new BesideTasks() {
        @Override
        public ChildSpec spec(String name) {
            return Exchanges.isolated(name).spec();
        }
    };

    /** Chapter 8: chapter 7's wallet with its edge checked, on the vendor's sandbox feed. */
    static final Design CHECKED = new BesideTasks() {
        @Override
        public ChildSpec spec(String name) {
            return new CheckedWallet(name, FxFeed.sandbox(), Exchanges.TASKS, Exchanges.LIMIT).spec();
        }
    };

    /** The folder the stored designs keep their state in, for the run going on: a new one for each run. */
    private static Path folder;

    /** Chapter 9: the book's plain wallet, stored after every change, paid as in chapter 6. */
    static final Design STORED = new Design() {
        @Override
        public Pid start(List<String> names) throws InterruptedException {
            return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), names.stream().map(this::spec).toList());
        }

        @Override
        public void pay(String name, String amount) throws InterruptedException {
            RESTORE.pay(name, amount);
        }

        @Override
        public ChildSpec spec(String name) {
            return new StoredWallet(() -> name, FileStore.in(folder)).spec();
        }
    };

    /** Chapter 9: chapter 8's checked wallet, stored after every change. */
    static final Design STORED_CHECKED = new BesideTasks() {
        @Override
        public ChildSpec spec(String name) {
            var checked = new CheckedWallet(name, FxFeed.sandbox(), Exchanges.TASKS, Exchanges.LIMIT);
            return new StoredWallet(checked, FileStore.in(folder)).spec();
        }
    };

    /** Chapter 10: the wallet as events in a journal, checked at the edge, replayed on start. */
    static final Design JOURNALED = new Design() {
        @Override
        public Pid start(List<String> names) throws InterruptedException {
            var children = new ArrayList<ChildSpec>();
            if (Proc.whereis("journal").isEmpty()) { // a start by hand finds the journal running
                children.add(EventJournal.spec("journal", folder.resolve("wallets.journal")));
            }
            names.forEach(name -> children.add(spec(name)));
            return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), children);
        }

        @Override
        public void pay(String name, String amount) throws InterruptedException {
            RESTORE.pay(name, amount);
        }

        @Override
        public ChildSpec spec(String name) {
            return JournaledWallet.of(name, "journal", FileStore.in(folder)).spec();
        }
    };

    /** The balance of {@code name}, or {@code crashed} if the call exited. */
    static String balance(String name) throws InterruptedException {
        var wallet = Expect.whereis(name);
        return ended(wallet, () -> Wallet.balance(wallet).toPlainString()).orElse("crashed");
    }

    /** Calls to the wallet, which may crash it. */
    @FunctionalInterface
    interface Calls<T> {
        T make() throws InterruptedException;
    }

    /**
     * What {@code calls} to {@code wallet} answered, or empty if a call exited because the
     * wallet crashed; then this returns only once the wallet's DOWN has come, through a
     * monitor set before the calls. That DOWN comes after the wallet's supervisor was sent its
     * EXIT, so a call to the supervisor made next is answered after it has dealt with the crash.
     * (A monitor set after the crash could say noproc before the supervisor's EXIT is sent.)
     */
    static <T> java.util.Optional<T> ended(Pid wallet, Calls<T> calls) throws InterruptedException {
        var watch = Proc.monitor(wallet);
        try {
            var answer = calls.make();
            Proc.demonitor(watch, true);
            return java.util.Optional.of(answer);
        } catch (CallExit crashed) {
            Expect.down(watch, GenServer.INFINITY, "the wallet " + wallet + ", whose call exited");
            return java.util.Optional.empty();
        }
    }

    /** Returns once {@code supervisor} has dealt with what came before; false if it has given up. */
    static boolean settle(Pid supervisor) throws InterruptedException {
        try {
            Supervisor.countChildren(supervisor);
            return true;
        } catch (CallExit gaveUp) {
            return false;
        }
    }

    /** Runs {@code test} in a process of a new node on a manual clock. */
    static <T> T run(java.util.function.Function<ManualClock, java.util.concurrent.Callable<T>> test) throws Exception {
        var clock = new ManualClock();
        folder = Files.createTempDirectory("grid-");
        try (var node = Node.start(clock)) {
            return node.run(test.apply(clock));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The pattern's own case: a crash on bad input. */
    static Cell badInput(Design design) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            design.pay("wallet", "12.50");
            design.pay("wallet", "twelve");
            settle(supervisor);
            String after = balance("wallet");
            return Cell.balance("12.50", after, "balance after: " + after);
        });
    }

    /** Case 1: the poison, four calls, then a start by hand. */
    static Cell poison(Design design) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            design.pay("wallet", "10.00");
            design.pay("wallet", "0.001");
            var answers = new ArrayList<String>();
            boolean gaveUp = false;
            for (int call = 0; call < 4 && !gaveUp; call++) {
                settle(supervisor);
                answers.add(balance("wallet"));
                gaveUp = !settle(supervisor);
            }
            if (gaveUp) {
                design.start(List.of("wallet")); // an operator starts it again
                answers.add(balance("wallet"));
            }
            var asked = String.join(", ", gaveUp ? answers.subList(0, answers.size() - 1) : answers);
            return new Cell(!answers.getLast().equals("10.00"), answers.contains("crashed"), "paid 10.00, then 0.001; balances asked: "
                    + asked + (gaveUp ? "; gave up; started by hand: " + answers.getLast() : ""));
        });
    }

    /** Case 2: after the poison, a balance every 5 s for an hour. */
    static Cell everyFiveSeconds(Design design) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            design.pay("wallet", "10.00");
            design.pay("wallet", "0.001");
            settle(supervisor);
            int crashes = 0;
            for (int call = 0; call < 720; call++, clock.advance(Duration.ofSeconds(5))) {
                crashes += balance("wallet").equals("crashed") ? 1 : 0;
                settle(supervisor);
            }
            String after = balance("wallet");
            return new Cell(!after.equals("10.00"), crashes > 0, crashes + " of 720 calls crashed; the last answer: " + after);
        });
    }

    /** Case 3, its noise: bad input once a minute for an hour, into a healthy wallet. */
    static Cell noise(Design design) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            design.pay("wallet", "10.00");
            var first = Expect.whereis("wallet");
            int restarts = 0;
            for (int minute = 0; minute < 60; minute++, clock.advance(Duration.ofMinutes(1))) {
                var before = Expect.whereis("wallet");
                design.pay("wallet", "ten");
                settle(supervisor);
                restarts += Expect.whereis("wallet").equals(before) ? 0 : 1;
            }
            String after = balance("wallet");
            return Cell.balance("10.00", after, restarts + " restarts in 60 bad inputs; balance "
                    + after + (Expect.whereis("wallet").equals(first) ? ", the same process" : ""));
        });
    }

    /** Case 4: ten wallets, the fourth poisoned and asked until its supervisor is done with it. */
    static Cell tenWallets(Design design) throws Exception {
        return run(clock -> () -> {
            var names = IntStream.rangeClosed(1, 10).mapToObj(i -> "wallet-" + i).toList();
            var supervisor = design.start(names);
            for (var name : names) {
                design.pay(name, "10.00");
            }
            design.pay("wallet-4", "0.001");
            int crashes = 0;
            for (int call = 0; call < 4 && settle(supervisor); call++) {
                crashes += balance("wallet-4").equals("crashed") ? 1 : 0;
            }
            settle(supervisor);
            long running = names.stream().filter(name -> !name.equals("wallet-4"))
                    .filter(name -> Proc.whereis(name).isPresent()).count();
            String fourth = Proc.whereis("wallet-4").isPresent() ? balance("wallet-4") : "down";
            return new Cell(running < 9 || !fourth.equals("10.00"), crashes > 0, running + " of the 9 healthy wallets still running; "
                    + (fourth.equals("down") ? "wallet-4 is down" : "wallet-4 holds " + fourth));
        });
    }

    /** Case 5: three acknowledged payments, then a kill. */
    static Cell killed(Design design) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            for (int i = 0; i < 3; i++) {
                design.pay("wallet", "1.00");
            }
            var wallet = Expect.whereis("wallet");
            var watch = Proc.monitor(wallet);
            Proc.exit(wallet, ExitReason.KILL);
            Expect.down(watch, GenServer.INFINITY, "the killed wallet");
            settle(supervisor);
            String after = balance("wallet");
            return Cell.balance("3.00", after, "3.00 acknowledged; after the kill: " + after);
        });
    }

    /** Case 6: the wallet stopped for an upgrade, its balance kept where the design keeps it, and started again. */
    static Cell stoppedAndStarted(Design design, boolean killTheBackup) throws Exception {
        return run(clock -> () -> {
            var supervisor = design.start(List.of("wallet"));
            design.pay("wallet", "10.00");
            Supervisor.terminateChild(supervisor, "wallet");
            if (killTheBackup) {
                var backup = Expect.whereis(Backup.NAME);
                var watch = Proc.monitor(backup);
                Proc.exit(backup, ExitReason.KILL);
                Expect.down(watch, GenServer.INFINITY, "the backup");
                settle(backups); // its supervisor has started a new, empty one
            }
            Supervisor.restartChild(supervisor, "wallet");
            String after = balance("wallet");
            return Cell.balance("10.00", after, "10.00 before; after: " + after);
        });
    }

    /** Kata 6.3's check against the design. */
    static Cell ourCheck(Design design) throws Exception {
        return run(clock -> () -> {
            design.start(List.of()); // what the wallet needs beside it: the backup, or the task supervisor
            try {
                BreakIt.anAcknowledgedDepositSurvives("wallet", design.spec("wallet"));
                return new Cell(false, null, "passes"); // the check looks for lost state only
            } catch (AssertionError failed) {
                return new Cell(true, null, "fails: " + failed.getMessage());
            }
        });
    }

    /** Chapter 6's cases, a row each, with a cell for each of {@code designs}. */
    // tag::grid-rows[]
    static List<List<?>> rows(List<Design> designs) throws Exception {
        var rows = new ArrayList<List<?>>();
        rows.add(row("the pattern's case: a crash on bad input", designs, GridTest::badInput));
        rows.add(row("1 the poison", designs, GridTest::poison));
        rows.add(row("2 a crash every 5 s: 10.00, the poison, then a call every 5 s for an hour", designs, GridTest::everyFiveSeconds));
        rows.add(row("3 crashes at random: its noise, bad input once a minute for an hour", designs, GridTest::noise));
        rows.add(row("4 one crash loop among ten: the fourth wallet poisoned", designs, GridTest::tenWallets));
        rows.add(row("5 a kill", designs, GridTest::killed));
        rows.add(row("6 the backup dies while the wallet is stopped for an upgrade (from chapter 7 there is no backup; from chapter 9, a store)", designs,
                design -> stoppedAndStarted(design, design == RESTORE)));
        rows.add(row("kata 6.3's check: an acknowledged deposit survives a kill", designs, GridTest::ourCheck));
        return rows;
    }
    // end::grid-rows[]

    @Test
    @Tag("ch07")
    @DisplayName("chapter 7's grid: chapter 6's cases with the restore pattern and with the risky work in a task")
    void chapter7() throws Exception {
        var rows = rows(List.of(RESTORE, TASKS));
        assertThat(cell(rows, 0, 2).left()).as("a task keeps bad input away from the state").isEqualTo("balance after: 12.50");
        assertThat(cell(rows, 1, 1)).as("the restore pattern loses the 10.00 and keeps the poison").isEqualTo(new Cell(true, true, cell(rows, 1, 1).left()));
        assertThat(cell(rows, 1, 2)).as("the poison still gets in, and the balance with it is lost, but not kept")
                .isEqualTo(new Cell(true, false, cell(rows, 1, 2).left()));
        assertThat(cell(rows, 5, 2).lost()).as("a kill still loses every acknowledged payment").isTrue();
        BookTable.verify("3,3,3", List.of("case", "chapter 6: the restore pattern", "chapter 7: risky work in a task"), rows);
    }

    @Test
    @Tag("ch08")
    @DisplayName("chapter 8's grid: the same cases, and the wallet with its edge checked")
    void chapter8() throws Exception {
        var rows = rows(List.of(RESTORE, TASKS, CHECKED));
        for (int row = 0; row < 5; row++) {
            assertThat(cell(rows, row, 3)).as("the checked wallet loses nothing and keeps nothing bad: " + rows.get(row).getFirst())
                    .isEqualTo(new Cell(false, false, cell(rows, row, 3).left()));
        }
        assertThat(cell(rows, 1, 3).left()).as("the poison is kept out").endsWith("10.00, 10.00, 10.00, 10.00");
        assertThat(cell(rows, 5, 3).lost()).as("a kill still loses every acknowledged payment").isTrue();
        BookTable.verify("3,3,3,3", List.of("case", "chapter 6: the restore pattern", "chapter 7: risky work in a task",
                "chapter 8: checked at the edge"), rows);
    }

    @Test
    @Tag("ch09")
    @DisplayName("chapter 9's grid: the same cases, and two wallets stored after every change")
    void chapter9() throws Exception {
        var rows = rows(List.of(RESTORE, TASKS, CHECKED, STORED, STORED_CHECKED));
        assertThat(cell(rows, 1, 4).kept()).as("a store keeps the poison the plain wallet lets in").isTrue();
        for (int row = 0; row < rows.size(); row++) {
            assertThat(cell(rows, row, 5)).as("the checked wallet on a store loses nothing and keeps nothing bad: " + rows.get(row).getFirst())
                    .isEqualTo(new Cell(false, cell(rows, row, 5).kept() == null ? null : false, cell(rows, row, 5).left()));
        }
        assertThat(cell(rows, 5, 4).lost()).as("a kill loses nothing stored").isFalse();
        BookTable.verify("3,3,3,3,3,3", List.of("case", "chapter 6: the restore pattern", "chapter 7: risky work in a task",
                "chapter 8: checked at the edge", "chapter 9: chapter 6's wallet, stored", "chapter 9: chapter 8's wallet, stored"), rows);
    }

    @Test
    @Tag("ch10")
    @DisplayName("chapter 10's grid: the same cases, and the wallet as a journal of checked events")
    void chapter10() throws Exception {
        var rows = rows(List.of(RESTORE, TASKS, CHECKED, STORED, STORED_CHECKED, JOURNALED));
        for (int row = 0; row < rows.size(); row++) {
            assertThat(cell(rows, row, 6)).as("the journaled wallet loses nothing and keeps nothing bad: " + rows.get(row).getFirst())
                    .isEqualTo(new Cell(false, cell(rows, row, 6).kept() == null ? null : false, cell(rows, row, 6).left()));
        }
        BookTable.verify("3,3,3,3,3,3,3", List.of("case", "chapter 6: the restore pattern", "chapter 7: risky work in a task",
                "chapter 8: checked at the edge", "chapter 9: chapter 6's wallet, stored", "chapter 9: chapter 8's wallet, stored",
                "chapter 10: checked events in a journal"), rows);
    }

    /** A case as a function of the design. */
    @FunctionalInterface
    interface Case {
        Cell run(Design design) throws Exception;
    }

    private static Cell cell(List<List<?>> rows, int row, int column) {
        return (Cell) rows.get(row).get(column);
    }

    private static List<?> row(String title, List<Design> designs, Case run) throws Exception {
        var cells = new ArrayList<Object>(List.of(title));
        for (var design : designs) {
            cells.add(run.run(design));
        }
        return cells;
    }
}
