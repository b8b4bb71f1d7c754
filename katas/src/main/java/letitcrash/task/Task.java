package letitcrash.task;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.ProcessBody;
import letitcrash.process.Proc;
import letitcrash.process.Ref;

/**
 * A process that runs one piece of work and sends its result to the process that started
 * it, the task's owner: Elixir's {@code Task}. {@link #async} links the task to its owner,
 * as {@code Task.async} does; {@link TaskSupervisor#asyncNolink} starts one that is not.
 *
 * <p>The protocol, as OTP's: the owner starts the task, monitors it, and makes an alias
 * for its reply, then sends the task a start message with both refs. The task waits for
 * that message, runs its work, and sends {@link Reply} with the monitor's ref through the
 * alias. So the owner tells this task's reply and this task's {@link Down} apart from
 * every other message by one ref, {@link #ref()}, and once it has given up on the task
 * (unaliased it and flushed the monitor), nothing of the task can reach its mailbox.
 *
 * <p>Only the owner may await, yield or shut down a task; anyone else gets an
 * {@link IllegalArgumentException}, as Elixir raises {@code ArgumentError}. A task is used
 * by its owner's thread alone, so its one mutable field needs no lock.
 */
public final class Task<T> {

    /** The default time {@link #await()} waits and {@link #shutdown()} gives: 5 s, as Elixir's. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** No time limit: Elixir's {@code :infinity}. */
    public static final Duration INFINITY = Duration.ofNanos(Long.MAX_VALUE);

    /** A task's result, sent to its owner's alias and tagged with the task's {@link #ref()}: Elixir's {@code {ref, result}}. */
    public record Reply(Ref ref, Object value) {
        @Override
        public String toString() {
            return "{" + ref + ", " + value + "}";
        }
    }

    /** What the owner sends a task once it watches it: where to reply, and with which tag. */
    record Start(Ref ref, Ref alias) {}

    private final Pid pid;
    private final Ref ref;
    private final Ref alias;
    private final Pid owner;
    /** Whether the owner has its result or has given it up: then the monitor and alias are gone. */
    private boolean settled;

    private Task(Pid pid, Ref ref, Ref alias, Pid owner) {
        this.pid = pid;
        this.ref = ref;
        this.alias = alias;
        this.owner = owner;
    }

    /**
     * Runs {@code work} in a new process linked to the caller and returns at once: Elixir's
     * {@code Task.async/1}. If the work throws, the task crashes, and the link takes a
     * caller that does not trap exits down with it.
     */
    public static <T> Task<T> async(Callable<T> work) {
        return async(work, pid -> {});
    }

    /** As {@link #async(Callable)}, telling {@code beforeItBegins} the task's pid before the task may begin its work. */
    static <T> Task<T> async(Callable<T> work, Consumer<Pid> beforeItBegins) {
        Objects.requireNonNull(work, "the task's work is null: pass a lambda, such as () -> 42");
        var alias = Proc.alias();
        return started(Proc.spawnLink(body(Proc.self(), work, false)), alias, beforeItBegins);
    }

    /**
     * Runs {@code work} on each input in tasks linked to the caller, at most
     * {@code maxConcurrency} at a time, and returns each result in the order of the inputs:
     * Elixir's {@code Task.async_stream/3} with {@code on_timeout: :kill_task}. A task that
     * runs longer than {@code timeout} is killed and gives {@code {exit, timeout}}; one that
     * crashes takes a caller that does not trap exits with it, as any linked task does.
     */
    public static <A, R> List<TaskResult<R>> asyncStream(List<A> inputs, TaskStream.Work<A, R> work,
            int maxConcurrency, Duration timeout) throws InterruptedException {
        return TaskStream.run(inputs, work, maxConcurrency, timeout, Task::async, false);
    }

    /**
     * Watches the task {@code pid} the caller has just started with {@link #body}, hands its
     * pid to {@code beforeItBegins}, and then tells it to begin, with its reply to come through
     * {@code alias}. The task's end is seen from here on, whatever happens to it.
     */
    static <T> Task<T> started(Pid pid, Ref alias, Consumer<Pid> beforeItBegins) {
        var ref = Proc.monitor(pid);
        beforeItBegins.accept(pid);
        Proc.send(pid, new Start(ref, alias));
        return new Task<>(pid, ref, alias, Proc.self());
    }

    /**
     * What a task runs: wait for the start message, run {@code work}, reply. A task that
     * {@code watchesOwner} (one not linked to its owner) ends with {@code {shutdown, reason}}
     * if its owner ends before telling it to begin, as OTP's does, instead of waiting for ever.
     */
    static <T> ProcessBody body(Pid owner, Callable<T> work, boolean watchesOwner) {
        return () -> {
            var ownerWatch = watchesOwner ? Proc.monitor(owner) : null;
            // Nothing else can come first: only the owner knows the pid before it sends the start.
            switch (Proc.receive()) {
                case Start(Ref ref, Ref alias) -> {
                    if (ownerWatch != null) {
                        Proc.demonitor(ownerWatch, true);
                    }
                    Proc.send(alias, new Reply(ref, work.call()));
                }
                case Down down when down.ref().equals(ownerWatch) -> throw Proc.exit(ExitReason.shutdown(down.reason()));
                default -> throw new IllegalStateException("a task got a message before its start: " + Proc.self());
            }
        };
    }

    /** The task's process. */
    public Pid pid() {
        return pid;
    }

    /** The monitor's ref, which also tags the task's {@link Reply}. */
    public Ref ref() {
        return ref;
    }

    /** The process that started the task: the only one that may await it. */
    public Pid owner() {
        return owner;
    }

    /** {@link #await(Duration)} with the {@linkplain #DEFAULT_TIMEOUT default timeout}, 5 s. */
    public T await() throws InterruptedException {
        return await(DEFAULT_TIMEOUT);
    }

    /**
     * Waits at most {@code timeout} for the task's result and returns it: Elixir's
     * {@code Task.await/2}. Afterwards nothing of the task is left for the owner: no monitor,
     * no alias, no stray message. A reply that lands as the timeout runs out is still the
     * result, as a server call's is (chapter 3); Elixir's await leaves it in the mailbox.
     *
     * @throws TaskExit with the task's reason if it ended without a result, or with
     *     {@code timeout} if none came in time; an owner that does not catch it ends with
     *     that reason, and takes a linked task with it
     */
    @SuppressWarnings("unchecked")
    public T await(Duration timeout) throws InterruptedException {
        checkOwner("await");
        Objects.requireNonNull(timeout, "the timeout is null: pass one, such as Duration.ofSeconds(5)");
        // TODO(kata 7.1): The task's reply, or its DOWN, and nothing else; no answer in time exits the owner with timeout; afterwards nothing of the task is left in the owner (no monitor, alias or stray message).
        throw new letitcrash.KataNotDone("kata 7.1 is not done yet (book: chapter 7, Kata 7.1)");
    }

    /**
     * Waits at most {@code timeout} for the task's result: Elixir's {@code Task.yield/2}.
     * Empty if none came in time, and the task runs on: yield again, await it, or
     * {@link #shutdown} it. A task that ended without a result gives
     * {@link TaskResult.Exited}: unlike {@link #await}, yield does not exit the owner.
     */
    @SuppressWarnings("unchecked")
    public Optional<TaskResult<T>> yield(Duration timeout) throws InterruptedException {
        checkOwner("yield");
        Objects.requireNonNull(timeout, "the timeout is null: pass one, such as Duration.ofSeconds(5)");
        // TODO(kata 7.2): The task's reply is {ok, value} and its DOWN {exit, reason}, each once; no answer in time is empty and leaves the task running.
        throw new letitcrash.KataNotDone("kata 7.2 is not done yet (book: chapter 7, Kata 7.2)");
    }

    /** {@link #shutdown(Duration)} with the {@linkplain #DEFAULT_TIMEOUT default time}, 5 s. */
    public Optional<TaskResult<T>> shutdown() throws InterruptedException {
        return shutdown(DEFAULT_TIMEOUT);
    }

    /**
     * Unlinks the task, stops it with {@code shutdown}, and kills it if it has not ended
     * within {@code grace}: Elixir's {@code Task.shutdown/2}. Returns its result if one
     * arrived first, {@link TaskResult.Exited} if it ended by itself without one, and empty
     * if the shutdown ended it. Once it has returned, the task has ended and nothing of it
     * can reach the owner; {@code Duration.ZERO} kills at once, Elixir's {@code :brutal_kill}.
     */
    @SuppressWarnings("unchecked")
    public Optional<TaskResult<T>> shutdown(Duration grace) throws InterruptedException {
        checkOwner("shutdown");
        Objects.requireNonNull(grace, "the grace time is null: pass one, such as Duration.ofSeconds(5)");
        if (settled) {
            return Optional.of(new TaskResult.Exited<>(ExitReason.NOPROC));
        }
        // TODO(kata 7.2): End the task within its grace time (killed once the time is up) without taking its owner down with it; a reply that came first is the result, a task that ended by itself gives its reason, one we stopped gives nothing; afterwards nothing of the task is left in the owner.
        throw new letitcrash.KataNotDone("kata 7.2 is not done yet (book: chapter 7, Kata 7.2)");
    }

    /** Whether {@code message} is this task's reply or the DOWN of its monitor. */
    boolean isOwn(Object message) {
        return message instanceof Reply reply && reply.ref().equals(ref)
                || message instanceof Down down && down.ref().equals(ref);
    }

    /** The owner is done with the task: no reply through the alias, no DOWN, from now on. */
    void giveUp() throws InterruptedException {
        settled = true;
        Proc.unalias(alias);
        Proc.demonitor(ref, true);
    }

    private void checkOwner(String what) {
        if (!Proc.self().equals(owner)) {
            throw new IllegalArgumentException("task " + this + " must be queried from the owner but was queried from "
                    + Proc.self() + " (" + what + " is for the process that started the task)");
        }
    }

    @Override
    public String toString() {
        return "%Task{pid: " + pid + ", ref: " + ref + ", owner: " + owner + "}";
    }

    /** A timeout as Elixir prints it: milliseconds, or {@code infinity}. */
    static String toString(Duration timeout) {
        return timeout.equals(INFINITY) ? "infinity" : Long.toString(timeout.toMillis());
    }
}
