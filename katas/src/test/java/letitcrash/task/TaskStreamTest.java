package letitcrash.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.junit.jupiter.api.Timeout;

/**
 * Many tasks at once: at most so many in flight, the results in the order of the inputs,
 * a task over its time killed, and every task gone when its caller ends. The stress loops
 * run the stream thousands of times, since an order or a leak shows only now and then.
 */
@Tag("ch07")
@DisplayName("Chapter 7: many tasks at once")
class TaskStreamTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    /**
     * Holds each of a stream's tasks until the stream has as many running as it may, so that
     * a stream that keeps to its limit has exactly that many at once, and one that runs
     * fewer (one at a time, say) is caught too: its tasks wait in vain. With a linger, a
     * full window is held that much longer, for a stream that starts one too many to show
     * it: without one, the held tasks may end before the extra one begins.
     */
    static final class Window {
        /** Shorter than the streams' own timeout, so that a stream that starts too few fails with this class's message. */
        private static final Duration WAIT = GUARD.dividedBy(2);

        private final int inputs;
        private final int limit;
        private final Duration linger;
        private int started;
        private int ended;
        private int most;

        Window(int inputs, int limit, Duration linger) {
            this.inputs = inputs;
            this.limit = limit;
            this.linger = linger;
        }

        /** A task begins: it waits until the stream has started all it may while it runs, then lingers. */
        synchronized void enter() throws InterruptedException {
            started++;
            most = Math.max(most, started - ended);
            notifyAll();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (started < Math.min(inputs, ended + limit)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(started - ended + " tasks running, and the stream starts no more: it may run " + limit);
                }
                wait(Math.max(1, left / 1_000_000));
            }
            long lingerEnd = System.nanoTime() + linger.toNanos(); // a detection window, not a synchronisation: a good stream passes without it
            for (long left = linger.toNanos(); left > 0 && started <= ended + limit; left = lingerEnd - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        }

        /** A task is done. */
        synchronized void leave() {
            ended++;
            notifyAll();
        }

        /** The most tasks that ran at once. */
        synchronized int most() {
            return most;
        }
    }

    // tag::stream[]
    @Test
    @DisplayName("a stream runs exactly max tasks at once and gives the results in the order of the inputs")
    void boundedAndInOrder() throws Exception {
        var window = new Window(10, 3, Duration.ofMillis(20)); // each task waits until three are running, or all that are left
        var results = node.run(() -> Task.asyncStream(IntStream.rangeClosed(1, 10).boxed().toList(), i -> {
            window.enter();
            window.leave();
            return i * i;
        }, 3, GUARD));
        assertThat(results).extracting(r -> ((TaskResult.Ok<Integer>) r).value())
                .containsExactly(1, 4, 9, 16, 25, 36, 49, 64, 81, 100);
        assertThat(window.most()).as("the most tasks that ran at once").isEqualTo(3);
    }
    // end::stream[]

    @Test
    @DisplayName("under a task supervisor a crash is {exit, reason} in its place, and a task over its time is killed: {exit, timeout}")
    void crashesAndTimeoutsInTheirPlaces() throws Exception {
        var results = node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            var streamed = TaskSupervisor.asyncStreamNolink(tasks, List.of("a", "crash", "hang", "d"), input -> switch (input) {
                case "crash" -> throw new IllegalStateException("no " + input);
                case "hang" -> Proc.receive(String.class, m -> false, Task.INFINITY).orElseThrow();
                default -> input.toUpperCase(java.util.Locale.ROOT);
            }, 2, Duration.ofMillis(200));
            return List.of(streamed, TaskSupervisor.children(tasks), Proc.messages());
        });
        @SuppressWarnings("unchecked")
        var streamed = (List<TaskResult<String>>) results.get(0);
        assertThat(streamed.get(0)).isEqualTo(new TaskResult.Ok<>("A"));
        assertThat(streamed.get(1)).isInstanceOfSatisfying(TaskResult.Exited.class,
                exited -> assertThat(exited.reason()).isInstanceOf(ExitReason.Crash.class));
        assertThat(streamed.get(2)).isEqualTo(new TaskResult.Exited<>(TaskExit.TIMEOUT));
        assertThat(streamed.get(3)).isEqualTo(new TaskResult.Ok<>("D"));
        assertThat(results.subList(1, 3)).as("tasks still running, and the caller's mailbox, afterwards")
                .containsExactly(List.of(), List.of());
    }

    @Test
    @DisplayName("when the caller ends mid-stream, every task it started ends too, linked or under a task supervisor")
    void everyTaskEndsWithItsCaller() throws Exception {
        for (boolean linked : List.of(true, false)) {
            var left = node.run(() -> {
                var test = Proc.self();
                var tasks = TaskSupervisor.startLink();
                var caller = Proc.spawn(() -> {
                    TaskStream.Work<Integer, Object> work = i -> {
                        Proc.send(test, new Owners.Begun(Proc.self()));
                        return Proc.receive(String.class, m -> false, Task.INFINITY).orElseThrow();
                    };
                    var inputs = List.of(1, 2, 3, 4, 5);
                    if (linked) {
                        Task.asyncStream(inputs, work, 3, Task.INFINITY);
                    } else {
                        TaskSupervisor.asyncStreamNolink(tasks, inputs, work, 3, Task.INFINITY);
                    }
                });
                var started = List.of(Owners.begun(), Owners.begun(), Owners.begun());
                var watches = started.stream().map(Proc::monitor).toList();
                Proc.exit(caller, ExitReason.KILL);
                for (var watch : watches) {
                    Expect.down(watch, GUARD, "a task of the killed caller");
                }
                return started.stream().filter(node::isAlive).toList();
            });
            assertThat(left).as(linked ? "linked tasks left running" : "supervised tasks left running").isEmpty();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // a hang guard: 2,000 rounds took over 5 s on a slow, busy machine
    @DisplayName("stress: 2,000 streams, each in order, exactly max at once, nothing left behind")
    void stress() throws Exception {
        node.run(() -> {
            var tasks = TaskSupervisor.startLink();
            for (int round = 0; round < 2_000; round++) {
                var inputs = IntStream.range(0, 8).boxed().toList();
                var window = new Window(inputs.size(), 3, Duration.ZERO);
                TaskStream.Work<Integer, Integer> work = i -> {
                    window.enter();
                    window.leave();
                    if (i == 5) {
                        throw new IllegalStateException("five");
                    }
                    return i;
                };
                var results = TaskSupervisor.asyncStreamNolink(tasks, inputs, work, 3, GUARD);
                for (int i = 0; i < inputs.size(); i++) {
                    var expected = i == 5 ? TaskResult.Exited.class : TaskResult.Ok.class;
                    assertThat(results.get(i)).as("round %d, input %d", round, i).isInstanceOf(expected);
                    if (i != 5) {
                        assertThat(((TaskResult.Ok<Integer>) results.get(i)).value()).isEqualTo(i);
                    }
                }
                assertThat(Proc.messages()).as("round %d: the caller's mailbox", round).isEmpty();
                assertThat(window.most()).as("round %d: the most tasks at once", round).isEqualTo(3);
            }
            assertThat(TaskSupervisor.children(tasks)).isEmpty();
            return null;
        });
    }
}
