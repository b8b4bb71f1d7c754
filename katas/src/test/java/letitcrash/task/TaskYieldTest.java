package letitcrash.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code Task.yield} and {@code Task.shutdown}, the way to isolate a risky task: yield gives
 * {@code {ok, value}}, {@code {exit, reason}} or nothing yet, and never exits the owner;
 * shutdown unlinks the task, stops it, kills it after its grace time, and reports a result
 * that came first. Tasks here run under a task supervisor, not linked to their owner, as
 * the book's appendix of OTP facts records for {@code Task.Supervisor.async_nolink}.
 */
@Tag("ch07")
@Tag("kata-7.2")
@DisplayName("Kata 7.2: Yield, then shut down")
class TaskYieldTest {

    private static final Duration GUARD = Threads.HANG_GUARD;
    private static final Duration SHORT = Duration.ofMillis(100);

    @AutoClose
    private final Node node = Node.start();

    /** What a yield or shutdown gave, and what the owner's mailbox held afterwards. */
    record Seen(Optional<Object> result, List<Object> mailbox) {}

    @Test
    @DisplayName("yield gives {ok, value} and leaves nothing of the task behind")
    void yieldGivesTheResult() throws Exception {
        var seen = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var task = TaskSupervisor.asyncNolink(tasks, Owners.waiting(Proc.self()));
            // Watched while it runs: this DOWN then comes in the same end as any DOWN yield left, and
            // once it is in, so is that one (a monitor set after the end could answer first).
            var watch = Proc.monitor(Owners.begun());
            Proc.send(task.pid(), 42);
            var result = task.yield(GUARD);
            Expect.down(watch, GUARD, "the task, which has replied");
            return new Seen(result.map(Object.class::cast), Proc.messages());
        });
        assertThat(seen.result()).contains(new TaskResult.Ok<Object>(42));
        assertThat(seen.mailbox()).as("the owner's mailbox: no DOWN of the task may be left").isEmpty();
    }

    @Test
    @DisplayName("a task that crashes gives {exit, reason}; its owner, not linked to it, runs on")
    void aCrashIsAResultNotAnExit() throws Exception {
        var seen = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var task = TaskSupervisor.asyncNolink(tasks, () -> {
                throw new IllegalStateException("the task failed");
            });
            return new Seen(task.yield(GUARD).map(Object.class::cast), Proc.messages());
        });
        assertThat(seen.result()).get().isInstanceOfSatisfying(TaskResult.Exited.class, exited -> assertThat(exited.reason())
                .isInstanceOfSatisfying(ExitReason.Crash.class, crash -> assertThat(crash.error()).hasMessage("the task failed")));
        assertThat(seen.mailbox()).isEmpty();
    }

    @Test
    @DisplayName("yield gives nothing when the task is not done in time; the task runs on, and a later yield gets its result")
    void yieldCanBeAskedAgain() throws Exception {
        var results = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var task = TaskSupervisor.asyncNolink(tasks, Owners.waiting(Proc.self()));
            var pid = Owners.begun();
            var first = task.yield(SHORT);
            var alive = node.isAlive(pid);
            Proc.send(pid, "done now");
            return List.of(first, alive, task.yield(GUARD));
        });
        assertThat(results).containsExactly(Optional.empty(), true, Optional.of(new TaskResult.Ok<>("done now")));
    }

    @Test
    @DisplayName("shutdown stops a task that is still running, gives nothing, and leaves nothing behind")
    void shutdownStopsARunningTask() throws Exception {
        var seen = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var task = TaskSupervisor.asyncNolink(tasks, Owners.waiting(Proc.self()));
            var pid = Owners.begun();
            var watch = Proc.monitor(pid);
            var result = task.shutdown();
            var alive = node.isAlive(pid);
            var reason = Expect.down(watch, GUARD, "the task that was shut down").reason();
            return List.of(result, alive, reason, Proc.messages(), TaskSupervisor.children(tasks));
        });
        assertThat(seen).as("what shutdown gave, whether the task still runs, how it ended (shutdown, not a kill, while"
                + " its grace time lasts), the owner's mailbox, the tasks left")
                .containsExactly(Optional.empty(), false, ExitReason.SHUTDOWN, List.of(), List.of());
    }

    @Test
    @DisplayName("shutdown gives the result that arrived before it, and {exit, reason} for a task that crashed before it")
    void shutdownReportsWhatCameFirst() throws Exception {
        var seen = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var done = TaskSupervisor.asyncNolink(tasks, () -> "done");
            Expect.down(Proc.monitor(done.pid()), GUARD, "a task that replies at once");
            var crashed = TaskSupervisor.asyncNolink(tasks, () -> {
                throw Proc.exit(ExitReason.of("boom"));
            });
            Expect.down(Proc.monitor(crashed.pid()), GUARD, "a task that exits with boom");
            return List.of(done.shutdown(), crashed.shutdown(), Proc.messages());
        });
        assertThat(seen).containsExactly(Optional.of(new TaskResult.Ok<>("done")),
                Optional.of(new TaskResult.Exited<>(ExitReason.of("boom"))), List.of());
    }

    @Test
    @DisplayName("shutdown unlinks first: an owner linked to its task, not trapping exits, survives the task's stop")
    void shutdownUnlinksFirst() throws Exception {
        var ended = node.run(() -> Owners.watch(() -> {
            var task = Task.async(() -> Proc.receive());
            task.shutdown();
            Owners.tell(Proc.parent(), "survived");
        }));
        assertThat(ended.sent()).isEqualTo("survived");
        assertThat(ended.down().reason()).isEqualTo(ExitReason.NORMAL);
    }

    @Test
    @DisplayName("a task that ignores the shutdown is killed once its grace time is up; zero kills it at once")
    void aStubbornTaskIsKilled() throws Exception {
        var downs = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var test = Proc.self();
            var ends = new java.util.ArrayList<Object>();
            for (var grace : List.of(SHORT, Duration.ZERO)) {
                var task = TaskSupervisor.asyncNolink(tasks, () -> {
                    Proc.trapExits(true); // the shutdown signal becomes a message it never reads
                    Proc.send(test, "trapping");
                    return Proc.receive(String.class, "never"::equals, GUARD.multipliedBy(10));
                });
                var watch = Proc.monitor(task.pid());
                Expect.message(String.class, "trapping"::equals, GUARD, "the task to trap exits");
                ends.add(task.shutdown(grace));
                ends.add(Expect.down(watch, GUARD, "the stubborn task").reason());
            }
            return ends;
        });
        assertThat(downs).containsExactly(Optional.empty(), ExitReason.KILLED, Optional.empty(), ExitReason.KILLED);
    }
}
