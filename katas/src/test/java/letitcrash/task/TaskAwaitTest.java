package letitcrash.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicBoolean;
import letitcrash.process.Down;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.LastMomentClock;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code Task.await}, as the book's appendix of OTP facts records Elixir's on OTP 25: the
 * task's result, or the owner's exit with the task's reason or with {@code timeout}; a
 * crashing linked task takes a caller that does not trap exits down before await returns;
 * and afterwards nothing of the task is left in the owner's mailbox.
 */
@Tag("ch07")
@Tag("kata-7.1")
@DisplayName("Kata 7.1: Await a task")
class TaskAwaitTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("await returns the task's result and leaves nothing of the task behind")
    void awaitReturnsTheResult() throws Exception {
        var left = node.run(() -> {
            Proc.send(Proc.self(), "a message of the owner's own");
            var task = Task.async(Owners.waiting(Proc.self()));
            // Watched while it runs: this DOWN then comes in the same end as a DOWN of await's
            // monitor would, and once it is in, so is that one (a monitor set after the end could answer first).
            var watch = Proc.monitor(Owners.begun());
            Proc.send(task.pid(), 42);
            assertThat(task.await(GUARD)).isEqualTo(42);
            Expect.down(watch, GUARD, "the task, which has replied");
            return Proc.messages();
        });
        assertThat(left).as("the owner's mailbox after await: its own message, and nothing of the task (no reply, no DOWN)")
                .containsExactly("a message of the owner's own");
    }

    @Test
    @DisplayName("await takes its own task's reply, not another task's")
    void awaitTakesItsOwnReply() throws Exception {
        var results = node.run(() -> {
            var test = Proc.self();
            var slow = Task.async(Owners.waiting(test));
            var slowPid = Owners.begun();
            var quick = Task.async(() -> "quick");
            var first = quick.await(GUARD);
            Proc.send(slowPid, "slow");
            var second = slow.await(GUARD);
            return first + " then " + second;
        });
        assertThat(results).isEqualTo("quick then slow");
    }

    @Test
    @DisplayName("await takes its own task's reply when another task's reply came first")
    void awaitTakesItsOwnReplyWhenAnotherCameFirst() throws Exception {
        var results = node.run(() -> {
            var first = Task.async(() -> "first");
            var second = Task.async(() -> "second");
            Expect.down(Proc.monitor(first.pid()), GUARD, "the first task, which has replied");
            Expect.down(Proc.monitor(second.pid()), GUARD, "the second task, which has replied");
            return second.await(GUARD) + " then " + first.await(GUARD);
        });
        assertThat(results).isEqualTo("second then first");
    }

    @Test
    @DisplayName("a reply that lands as the timeout runs out is the result, and nothing of the task is left")
    void aReplyLandingAtTheTimeoutIsTheResult() throws Exception {
        var manual = new ManualClock();
        var atTheDeadline = new AtomicReference<Runnable>();
        var taskPid = new AtomicReference<Pid>();
        try (var timed = Node.start(new LastMomentClock(manual, atTheDeadline))) {
            atTheDeadline.set(() -> {
                timed.send(taskPid.get(), "just in time");
                Threads.eventually(() -> !timed.isAlive(taskPid.get())); // it has replied, then ended
            });
            var call = Threads.start(() -> timed.run(() -> {
                var task = Task.async(() -> Proc.receive());
                taskPid.set(task.pid());
                Object result;
                try {
                    result = task.await(Duration.ofSeconds(1));
                } catch (TaskExit exit) {
                    result = exit.why();
                }
                return List.of(result, Proc.messages());
            }));
            Threads.awaitWaitingOn(manual, call, "the await");
            assertThat(Threads.eventually(() -> taskPid.get() != null)).isTrue();
            manual.advance(Duration.ofSeconds(1));
            assertThat(call.await("the await at its timeout")).as("the result, and the owner's mailbox afterwards:"
                    + " a reply that landed as the wait ran out is still the answer (look once more once the alias is gone)")
                    .isEqualTo(List.of("just in time", List.of()));
        }
    }

    @Test
    @DisplayName("a reply that lands after the last look is dropped: the await exits with timeout, and nothing is left")
    void aReplyAfterTheLastLookIsDropped() throws Exception {
        var manual = new ManualClock();
        var atTheDeadline = new AtomicReference<Runnable>();
        var taskPid = new AtomicReference<Pid>();
        try (var timed = Node.start(new LastMomentClock(manual, atTheDeadline))) {
            Runnable reply = () -> {
                timed.send(taskPid.get(), "too late");
                Threads.eventually(() -> !timed.isAlive(taskPid.get())); // it has replied, then ended
            };
            // The await's own wait runs out first; the reply comes at the next wait that runs out, a look
            // with no time to wait: it lands after the alias has gone, or, if the alias is still there, as a stray.
            atTheDeadline.set(() -> atTheDeadline.set(reply));
            var call = Threads.start(() -> timed.run(() -> {
                var task = Task.async(() -> Proc.receive());
                taskPid.set(task.pid());
                Object result;
                try {
                    result = task.await(Duration.ofSeconds(1));
                } catch (TaskExit exit) {
                    result = exit.why();
                }
                return List.of(result, Proc.messages());
            }));
            Threads.awaitWaitingOn(manual, call, "the await");
            assertThat(Threads.eventually(() -> taskPid.get() != null)).isTrue();
            manual.advance(Duration.ofSeconds(1));
            assertThat(call.await("the await at its timeout")).as("the result, and the owner's mailbox afterwards: give"
                    + " the task up (alias and monitor gone) before the last look, or a reply can land after it as a stray")
                    .isEqualTo(List.of(TaskExit.TIMEOUT, List.of()));
        }
    }

    @Test
    @DisplayName("a task that crashes takes down an owner that does not trap exits, and await never returns")
    void aCrashTakesTheOwnerDown() throws Exception {
        var returned = new AtomicBoolean();
        var ended = node.run(() -> Owners.watch(() -> {
            var owner = Thread.currentThread();
            var task = Task.async(() -> {
                Threads.parks(owner); // crash once the owner waits in await (or has ended): never before it gets there
                throw new IllegalStateException("the task failed");
            });
            task.await(GUARD);
            returned.set(true);
        }));
        assertThat(ended.down().reason()).as("the owner's DOWN: the task's own crash, through the link")
                .isInstanceOfSatisfying(ExitReason.Crash.class, crash -> assertThat(crash.error())
                        .isInstanceOf(IllegalStateException.class).hasMessage("the task failed"));
        assertThat(returned).as("code after await ran").isFalse();
    }

    @Test
    @DisplayName("an owner that traps exits survives the link, but await exits it with the task's reason; the EXIT stays in its mailbox")
    void aTrappingOwnerStillExits() throws Exception {
        var seen = node.run(() -> {
            Proc.trapExits(true);
            var task = Task.async(() -> {
                throw new IllegalStateException("the task failed");
            });
            var exit = org.assertj.core.api.Assertions.catchThrowableOfType(TaskExit.class, () -> task.await(GUARD));
            var exitMessage = Expect.message(Exit.class, e -> e.from().equals(task.pid()), GUARD, "the task's EXIT");
            return new Object[] {task, exit, exitMessage, Proc.messages()};
        });
        var task = (Task<?>) seen[0];
        var exit = (TaskExit) seen[1];
        assertThat(exit).as("what await threw").isNotNull();
        assertThat(exit.why()).isInstanceOfSatisfying(ExitReason.Crash.class,
                crash -> assertThat(crash.error()).hasMessage("the task failed"));
        assertThat(exit.reason()).hasToString("{" + exit.why() + ", {Task, await, [" + task + ", " + GUARD.toMillis() + "]}}");
        assertThat(((Exit) seen[2]).reason()).isEqualTo(exit.why());
        assertThat(seen[3]).as("the mailbox after the EXIT: no DOWN of the task is left").asList().isEmpty();
    }

    @Test
    @DisplayName("a task that ends without a result makes await exit with its reason")
    void aTaskThatExitsNormallyWithoutAReply() throws Exception {
        var why = node.run(() -> {
            var task = Task.async(() -> {
                throw Proc.exit(ExitReason.NORMAL);
            });
            try {
                task.await(GUARD);
                return null;
            } catch (TaskExit exit) {
                return exit.why();
            }
        });
        assertThat(why).isEqualTo(ExitReason.NORMAL);
    }

    @Test
    @DisplayName("only the task's owner may await it")
    void onlyTheOwnerMayAwait() throws Exception {
        var refused = node.run(() -> {
            var task = Task.async(() -> 1);
            var other = Owners.watch(() -> {
                try {
                    task.await(GUARD);
                } catch (IllegalArgumentException notTheOwner) {
                    Owners.tell(Proc.parent(), notTheOwner.getMessage());
                }
            });
            task.await(GUARD);
            return other.sent();
        });
        assertThat(refused).asString().contains("must be queried from the owner");
    }

    @Test
    @DisplayName("an await that times out exits the owner with timeout, and the linked task ends with the same reason")
    void aTimeoutExitsTheOwnerAndTheTask() throws Exception {
        var downs = node.run(() -> {
            var test = Proc.self();
            var owner = Proc.spawn(() -> {
                Proc.receive(); // the test watches it now
                var task = Task.async(() -> Proc.receive()); // it never replies: the timeout is certain
                Owners.tell(test, task.pid());
                Proc.receive(); // the test watches the task now
                task.await(Duration.ofMillis(100));
            });
            var ownerWatch = Proc.monitor(owner);
            Proc.send(owner, "go");
            var taskPid = (Pid) Expect.message(Owners.Told.class, told -> true, GUARD, "the task's pid").what();
            var taskWatch = Proc.monitor(taskPid);
            Proc.send(owner, "await now");
            return new Down[] {Expect.down(ownerWatch, GUARD, "the owner"), Expect.down(taskWatch, GUARD, "the task, linked to its owner")};
        });
        var ownerReason = downs[0].reason();
        assertThat(ownerReason).as("the owner's exit reason")
                .isInstanceOfSatisfying(ExitReason.Located.class, located -> {
                    assertThat(located.reason()).isEqualTo(TaskExit.TIMEOUT);
                    assertThat(located.location()).startsWith("{Task, await, [%Task{").endsWith(", 100]}");
                });
        assertThat(downs[1].reason()).as("the task's exit reason: its owner's, through the link").isEqualTo(ownerReason);
    }

    @Test
    @DisplayName("an owner that catches the timeout goes on, and the task's late reply never reaches it")
    void aLateReplyNeverArrives() throws Exception {
        var seen = node.run(() -> {
            var test = Proc.self();
            var task = Task.async(Owners.waiting(test));
            var taskPid = Owners.begun();
            var why = org.assertj.core.api.Assertions.catchThrowableOfType(TaskExit.class,
                    () -> task.await(Duration.ofMillis(100))).why();
            var watch = Proc.monitor(taskPid);
            Proc.send(taskPid, "too late"); // the task replies now, then ends
            Expect.down(watch, GUARD, "the task, which replied late");
            return new Object[] {why, Proc.messages()};
        });
        assertThat(seen[0]).isEqualTo(TaskExit.TIMEOUT);
        assertThat(seen[1]).as("the owner's mailbox: the late reply came before the task's end, and must have been dropped")
                .asList().isEmpty();
    }
}
