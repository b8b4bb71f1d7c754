package letitcrash.task;

import java.util.concurrent.Callable;
import letitcrash.process.Down;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.ProcessBody;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;

/**
 * Test support for chapter 7, run inside a process: an owner of tasks that the test
 * watches from outside, so that the test sees how the owner ended, and work that waits
 * until the test lets it go.
 */
final class Owners {

    private Owners() {}

    /** What an owner's end looked like from outside: its DOWN, and what it sent the test first. */
    record Ended(Down down, Object sent) {}

    /**
     * Runs {@code body} in a new process that the caller monitors before it begins, and
     * returns its DOWN, with the first message it sent the caller through {@link #tell}, or
     * {@code null}.
     */
    static Ended watch(ProcessBody body) throws InterruptedException {
        var test = Proc.self();
        var owner = Proc.spawn(() -> {
            Proc.receive(Go.class);
            body.run();
        });
        var watch = Proc.monitor(owner);
        Proc.send(owner, new Go(test));
        var down = Expect.down(watch, Threads.HANG_GUARD, "the tasks' owner " + owner);
        var sent = Proc.receive(Told.class, told -> told.from().equals(owner), java.time.Duration.ZERO);
        return new Ended(down, sent.map(Told::what).orElse(null));
    }

    /** The message that lets a watched owner begin; it carries the test's pid. */
    record Go(Pid test) {}

    /** What an owner told the test. */
    record Told(Pid from, Object what) {}

    /** Sends {@code what} to {@code test} as a {@link Told}. */
    static void tell(Pid test, Object what) {
        Proc.send(test, new Told(Proc.self(), what));
    }

    /** Work that tells {@code test} it has begun, then waits until it is sent a message, and returns it. */
    static Callable<Object> waiting(Pid test) {
        return () -> {
            Proc.send(test, new Begun(Proc.self()));
            return Proc.receive();
        };
    }

    /** What {@link #waiting} work sends when it has begun. */
    record Begun(Pid task) {}

    /** Waits until the work of {@link #waiting} has begun; returns its task's pid. */
    static Pid begun() throws InterruptedException {
        return Expect.message(Begun.class, begun -> true, Threads.HANG_GUARD, "the task's work to begin").task();
    }
}
