package letitcrash.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;

/**
 * Many tasks at once, as Elixir's {@code Task.async_stream} runs them: at most
 * {@code maxConcurrency} in flight, a new one started as soon as any ends, and the results
 * handed back in the order of the inputs however the tasks finish.
 *
 * <p>The algorithm: the caller keeps its running tasks in start order, each with its
 * deadline on the node's clock. It waits for any running task's reply or DOWN, but no
 * longer than the oldest task's deadline (all share one timeout, so the oldest is the
 * first due); a task past its deadline is killed and its result is {@code {exit, timeout}}
 * ({@code on_timeout: :kill_task}). A task that has replied counts as running until its
 * DOWN, which comes as soon as it ends, so that no more than {@code maxConcurrency} tasks
 * are ever alive and none is when the stream returns, as in Elixir, whose stream puts a
 * reply aside until its task's DOWN ({@code stream_reduce} in {@code supervised.ex}), so
 * that a task that has replied still counts against {@code max_concurrency}. Only the
 * caller touches its bookkeeping.
 *
 * <p>Every task is gone when the caller ends. Linked tasks go with it through their links;
 * unlinked ones are watched by a guard, a process that monitors the caller and kills every
 * task still running if the caller ends before the stream does. The caller tells the guard
 * of each task before it tells the task to begin, so the guard knows every task that can have
 * begun before it sees the caller's DOWN, which comes after all the caller sent. Elixir's
 * stream has a monitor process of its own, but when the caller ends it stops only the linked
 * tasks; unlinked ones run on.
 */
public final class TaskStream {

    private TaskStream() {}

    /** The work done on one input: a lambda that may throw. */
    @FunctionalInterface
    public interface Work<A, R> {
        R apply(A input) throws Exception;
    }

    /**
     * How the stream starts each task: linked ({@link Task#async}) or under a task supervisor,
     * handing its pid to {@code beforeItBegins} before the task may begin its work.
     */
    @FunctionalInterface
    interface Starter<R> {
        Task<R> start(Callable<R> work, Consumer<Pid> beforeItBegins) throws InterruptedException;
    }

    private record Running<R>(int index, Task<R> task, long deadline) {}

    /** What the caller tells the guard: a task to kill if the caller ends, and that the stream is done. */
    private record Guard(Pid task) {}

    private record Done() {}

    static <A, R> List<TaskResult<R>> run(List<A> inputs, Work<A, R> work, int maxConcurrency, Duration timeout,
            Starter<R> starter, boolean guarded) throws InterruptedException {
        Objects.requireNonNull(inputs, "the inputs are null: pass a list");
        Objects.requireNonNull(work, "the work is null: pass a lambda, such as input -> input * 2");
        Objects.requireNonNull(timeout, "the timeout is null: pass one, such as Duration.ofSeconds(5)");
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("max concurrency must be at least 1: " + maxConcurrency);
        }
        var clock = Proc.clock();
        var guard = guarded ? guard(Proc.self()) : null;
        @SuppressWarnings("unchecked")
        TaskResult<R>[] results = new TaskResult[inputs.size()];
        var running = new LinkedHashMap<Ref, Running<R>>();
        int next = 0;
        int done = 0;
        while (done < inputs.size()) {
            while (running.size() < maxConcurrency && next < inputs.size()) {
                A input = inputs.get(next);
                // The guard learns of a task before the task may begin: a caller killed the moment a
                // task has begun (and said so) must not leave that task unknown to the guard.
                var task = starter.start(() -> work.apply(input), pid -> {
                    if (guard != null) {
                        Proc.send(guard, new Guard(pid));
                    }
                });
                running.put(task.ref(), new Running<>(next++, task, clock.deadline(timeout)));
            }
            var oldest = running.values().iterator().next();
            long left = Math.max(0, oldest.deadline() - clock.nanoTime());
            var answer = Proc.receive(Object.class, m -> m instanceof Task.Reply reply && running.containsKey(reply.ref())
                    || m instanceof Down down && running.containsKey(down.ref()), Duration.ofNanos(left));
            Running<R> finished;
            TaskResult<R> result;
            if (answer.isEmpty()) {
                finished = oldest;
                result = finished.task().shutdown(Duration.ZERO)
                        .orElse(new TaskResult.Exited<>(TaskExit.TIMEOUT));
            } else {
                @SuppressWarnings("unchecked")
                TaskResult<R> got = switch (answer.get()) {
                    case Task.Reply reply -> {
                        finished = running.get(reply.ref());
                        Proc.awaitDown(reply.ref(), Task.INFINITY); // it ends as soon as it has replied
                        yield new TaskResult.Ok<>((R) reply.value());
                    }
                    case Down down -> {
                        finished = running.get(down.ref());
                        yield new TaskResult.Exited<>(down.reason());
                    }
                    default -> throw new AssertionError("the receive takes only a running task's reply or DOWN");
                };
                finished.task().giveUp();
                result = got;
            }
            running.remove(finished.task().ref());
            results[finished.index()] = result;
            done++;
        }
        if (guard != null) {
            Proc.send(guard, new Done());
        }
        return new ArrayList<>(Arrays.asList(results));
    }

    /** Starts the guard of {@code owner}'s unlinked tasks. */
    private static Pid guard(Pid owner) {
        return Proc.spawn(() -> {
            var watch = Proc.monitor(owner);
            var tasks = new ArrayList<Pid>();
            while (true) {
                switch (Proc.receive()) {
                    case Guard(Pid task) -> tasks.add(task);
                    case Done _ -> {
                        return;
                    }
                    case Down down when down.ref().equals(watch) -> {
                        tasks.forEach(task -> Proc.exit(task, ExitReason.KILL));
                        return;
                    }
                    default -> { }
                }
            }
        });
    }
}
