package letitcrash.task;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.supervisor.ChildInfo;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Restart;
import letitcrash.supervisor.Shutdown;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;

/**
 * A supervisor for tasks that are not linked to their owners: Elixir's
 * {@code Task.Supervisor}. It starts with no children; each task is a temporary child,
 * never restarted and forgotten once it ends, linked to the supervisor instead of to its
 * owner. So a task that crashes does not take its owner with it, and the owner learns of
 * the crash from the task's DOWN, through {@link Task#yield} or {@link Task#shutdown}.
 * {@link Task#await} still exits the owner, as Elixir's does.
 *
 * <p>A task child has no id of its own in OTP (a dynamic supervisor's children are
 * {@code :undefined}); here its id is {@code task-} and the number of the alias its result
 * comes back through, which is unique on its node and the same on every run.
 */
public final class TaskSupervisor {

    private TaskSupervisor() {}

    /** Starts a task supervisor linked to the caller. */
    public static Pid startLink() throws InterruptedException {
        return Supervisor.startLink(Flags.of(Strategy.ONE_FOR_ONE), List.of());
    }

    /** Starts a task supervisor linked to the caller and registered as {@code name}. */
    public static Pid startLink(String name) throws InterruptedException {
        return Supervisor.startLink(name, Flags.of(Strategy.ONE_FOR_ONE), List.of());
    }

    /** A child spec that starts a task supervisor registered as {@code name}, for a supervision tree. */
    public static ChildSpec spec(String name) {
        return ChildSpec.supervisor(name, () -> startLink(name));
    }

    /**
     * Runs {@code work} in a new child of {@code supervisor}, not linked to the caller,
     * which owns it: Elixir's {@code Task.Supervisor.async_nolink/2}. If the work throws,
     * the task crashes alone; the caller gets its DOWN.
     */
    public static <T> Task<T> asyncNolink(Pid supervisor, Callable<T> work) throws InterruptedException {
        return asyncNolink(supervisor, work, pid -> {});
    }

    /** As {@link #asyncNolink(Pid, Callable)}, telling {@code beforeItBegins} the task's pid before the task may begin its work. */
    static <T> Task<T> asyncNolink(Pid supervisor, Callable<T> work, Consumer<Pid> beforeItBegins) throws InterruptedException {
        Objects.requireNonNull(supervisor, "the task supervisor is null: start one with TaskSupervisor.startLink()");
        Objects.requireNonNull(work, "the task's work is null: pass a lambda, such as () -> 42");
        var owner = Proc.self();
        var alias = Proc.alias();
        var spec = new ChildSpec("task-" + alias.id(), () -> Proc.spawnLink(Task.body(owner, work, true)),
                Restart.TEMPORARY, Shutdown.after(Task.DEFAULT_TIMEOUT), ChildSpec.Type.WORKER);
        return Task.started(Supervisor.startChild(supervisor, spec).orElseThrow(), alias, beforeItBegins);
    }

    /** {@link #asyncNolink(Pid, Callable)} on the task supervisor registered as {@code name}. */
    public static <T> Task<T> asyncNolink(String name, Callable<T> work) throws InterruptedException {
        var supervisor = Proc.whereis(name).orElseThrow(() -> new IllegalArgumentException(
                "no task supervisor is registered as " + name + ": start one with TaskSupervisor.startLink(\"" + name + "\")"));
        return asyncNolink(supervisor, work);
    }

    /**
     * Runs {@code work} on each input in children of {@code supervisor}, at most
     * {@code maxConcurrency} at a time, and returns each result in the order of the inputs:
     * Elixir's {@code Task.Supervisor.async_stream_nolink/4} with {@code on_timeout: :kill_task}.
     * A task that crashes gives {@link TaskResult.Exited} with its reason; one that runs
     * longer than {@code timeout} is killed and gives {@code {exit, timeout}}. If the caller
     * ends first, every task still running is killed.
     */
    public static <A, R> List<TaskResult<R>> asyncStreamNolink(Pid supervisor, List<A> inputs,
            TaskStream.Work<A, R> work, int maxConcurrency, Duration timeout) throws InterruptedException {
        return TaskStream.run(inputs, work, maxConcurrency, timeout, (input, beforeItBegins) -> asyncNolink(supervisor, input, beforeItBegins), true);
    }

    /** The pids of the tasks running under {@code supervisor}, newest first: Elixir's {@code Task.Supervisor.children/1}. */
    public static List<Pid> children(Pid supervisor) throws InterruptedException {
        return Supervisor.whichChildren(supervisor).stream().map(ChildInfo::pid).flatMap(java.util.Optional::stream).toList();
    }
}
