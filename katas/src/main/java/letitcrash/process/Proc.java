package letitcrash.process;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import letitcrash.mailbox.Mailbox;
import letitcrash.time.Clock;

/**
 * The current process: Elixir's {@code self/0}, {@code send/2} and {@code receive}. The
 * class is not called {@code Process} because {@link java.lang.Process} already is.
 *
 * <p>Every method except {@link #send} must be called from code running in a process
 * (a body given to {@link Node#spawn} or {@link Node#run}); elsewhere it throws
 * {@link IllegalStateException}. Which process is "current" is a {@link ScopedValue}
 * bound for the body's whole run.
 *
 * <p>Ended means stopped. Once a process has ended (a signal ended it, or it sent itself a
 * fatal one), every operation here but {@link #self} and {@link #parent} throws its end as
 * a {@link ProcessEnded} instead of acting, so its code stops at the next operation: it
 * sends, spawns, links and records nothing more. A fatal {@code exit} to itself stops it at
 * that very call, and a receive the end cuts short throws it too, not an
 * {@link InterruptedException}. {@code ProcessEnded} is an {@link Error}: a
 * {@code catch (Exception e)} does not swallow it (ADR 0011).
 *
 * <p>Every argument must be given: a null pid, ref, name, body or reason throws a
 * {@link NullPointerException} that names it, before anything is done.
 */
public final class Proc {

    static final ScopedValue<ProcessEntry> CURRENT = ScopedValue.newInstance();
    private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

    private Proc() {}

    /** The pid of the calling process. */
    public static Pid self() {
        return current().pid;
    }

    /**
     * Puts {@code message} in {@code to}'s mailbox and returns at once. A message to a
     * process that has ended is dropped without error, as in Erlang.
     */
    public static void send(Pid to, Object message) {
        Node.given(to, "the pid to send to");
        current().act(self -> self.node.send(self.pid, to, message));
    }

    /** The process that spawned the caller, or {@link Node#OUTSIDE}: a server's supervisor, from chapter 4 on. */
    public static Pid parent() {
        return current().parent;
    }

    /** Starts a process, as {@link Node#spawn}: not linked to the caller. */
    public static Pid spawn(ProcessBody body) {
        Node.given(body, "the body of the process");
        return current().actAndGet(self -> self.node.start(body, self, false).pid);
    }

    /**
     * Starts a process linked to the caller, linked before the child runs a single line:
     * Erlang's {@code spawn_link/1}.
     */
    public static Pid spawnLink(ProcessBody body) {
        Node.given(body, "the body of the process");
        return current().actAndGet(self -> self.node.start(body, self, true).pid);
    }

    /**
     * Links the caller and {@code other}: when either ends, the other gets an exit signal.
     * If {@code other} has ended, a caller that traps exits gets {@code {EXIT, other, noproc}};
     * one that does not gets a {@link NoProcException}, which it may catch. Either comes
     * after every signal of {@code other}'s end, as in Erlang. Linking to itself does
     * nothing, as in Erlang.
     */
    public static void link(Pid other) {
        Node.given(other, "the pid to link to");
        current().act(self -> {
            if (!other.equals(self.pid)) {
                try {
                    self.node.links.link(self, other);
                } finally {
                    self.node.behindSignalsOf(self, other, new Exit(other, ExitReason.NOPROC)::equals);
                }
            }
        });
    }

    /**
     * Removes the link between the caller and {@code other}, if there is one. Once this has
     * returned, that link has no effect: an exit signal already on its way along it is dropped.
     */
    public static void unlink(Pid other) {
        Node.given(other, "the pid to unlink");
        current().act(self -> self.node.links.unlink(self, other));
    }

    /**
     * Watches {@code target}: when it ends, the caller receives a {@link Down} with the
     * returned ref; at once, with {@code noproc}, if it has ended already, and then behind
     * every signal of its end (the {@code Down}s of the caller's other monitors on it
     * included), as in Erlang. Monitors are one way and stack: two calls give two refs and
     * two messages.
     */
    public static Ref monitor(Pid target) {
        Node.given(target, "the pid to monitor");
        return current().actAndGet(self -> {
            var ref = self.node.monitors.monitor(self, target);
            self.node.behindSignalsOf(self, target, message -> message instanceof Down down && down.ref().equals(ref));
            return ref;
        });
    }

    /**
     * Stops the monitor {@code ref}; with {@code flush}, also removes its {@link Down} if it
     * already arrived. Once this has returned with {@code flush}, no {@code Down} for
     * {@code ref} is in the mailbox or can still arrive.
     */
    public static void demonitor(Ref ref, boolean flush) throws InterruptedException {
        Node.given(ref, "the monitor's ref");
        current().act(me -> me.node.monitors.demonitor(me, ref));
        if (flush) {
            await(mailbox -> mailbox.poll(Down.class, down -> down.ref().equals(ref), Duration.ZERO));
        }
    }

    /**
     * Waits at most {@code timeout} for the {@link Down} of the monitor {@code ref} and takes
     * it; other messages stay in order. Empty if none came in time: the monitor is still on.
     * The one way this runtime waits for a process it monitors to end (a supervisor's stop,
     * a server's stop, a task's await).
     */
    public static Optional<Down> awaitDown(Ref ref, Duration timeout) throws InterruptedException {
        Node.given(ref, "the monitor's ref");
        return receive(Down.class, down -> down.ref().equals(ref), timeout);
    }

    /**
     * The messages waiting in the caller's mailbox, oldest first, left where they are:
     * Erlang's {@code process_info(self(), messages)}. For a test that says what came
     * instead of what it waited for.
     */
    public static List<Object> messages() {
        return alive().mailbox.messages();
    }

    /**
     * Whether exit signals reach the caller as {@link Exit} messages instead of ending it
     * (all but an untrappable {@code kill}); returns the previous setting.
     */
    public static boolean trapExits(boolean trap) {
        return current().actAndGet(self -> {
            boolean was = self.trapExits;
            self.trapExits = trap;
            return was;
        });
    }

    /**
     * Sends {@code to} an exit signal with {@code reason}, as Erlang's {@code exit/2}. If the
     * signal ends the caller itself (sent to itself, or come back along links), the caller
     * stops here: this throws its end as a {@link ProcessEnded}, which it cannot catch as an
     * exception, as Erlang cannot catch an exit signal.
     */
    public static void exit(Pid to, ExitReason reason) {
        Node.given(to, "the pid to signal");
        Node.given(reason, "the exit reason");
        current().actAndPropagate(self -> self.node.signals.exit(self.pid, to, reason));
    }

    /** Ends the caller with {@code reason} by throwing {@link ProcessExit}, as Erlang's {@code exit/1}. */
    public static ProcessExit exit(ExitReason reason) {
        Node.given(reason, "the exit reason");
        current().checkAlive();
        throw new ProcessExit(reason);
    }

    /** Takes the oldest message, waiting as long as it takes. */
    public static Object receive() throws InterruptedException {
        return await(Mailbox::take);
    }

    /** Takes the oldest message, or empty if none arrives within {@code timeout} on the node's clock. */
    public static Optional<Object> receive(Duration timeout) throws InterruptedException {
        Node.given(timeout, "the timeout");
        return await(mailbox -> mailbox.poll(timeout));
    }

    /** Takes the oldest message of {@code type}, waiting as long as it takes; others stay in order. */
    public static <T> T receive(Class<T> type) throws InterruptedException {
        return receive(type, message -> true, FOREVER).orElseThrow();
    }

    /**
     * Selective receive: takes the oldest message that is a {@code type} and passes
     * {@code filter}, waiting at most {@code timeout} for one; the messages it skips stay
     * in the mailbox in their order. The filter may only look at the message: see
     * {@link letitcrash.mailbox.Mailbox#poll(Class, Predicate, Duration)}.
     */
    public static <T> Optional<T> receive(Class<T> type, Predicate<? super T> filter, Duration timeout)
            throws InterruptedException {
        Node.given(type, "the type to receive");
        Node.given(filter, "the filter");
        Node.given(timeout, "the timeout");
        return await(mailbox -> mailbox.poll(type, filter, timeout));
    }

    /** A wait in the caller's mailbox. */
    @FunctionalInterface
    private interface Wait<T> {
        T in(Mailbox mailbox) throws InterruptedException;
    }

    /**
     * Runs {@code wait} in the caller's mailbox. If the caller's end interrupts it, throws
     * that end, not the {@link InterruptedException}: a {@code catch (Exception e)} around a
     * receive must not swallow a kill.
     */
    private static <T> T await(Wait<T> wait) throws InterruptedException {
        var self = alive();
        try {
            return wait.in(self.mailbox);
        } catch (InterruptedException interrupted) {
            self.checkAlive(); // throws the end that interrupted the wait
            throw interrupted;
        }
    }

    // Names (chapter 4): how clients find a server again after a restart.

    /**
     * Registers {@code pid} under {@code name} on the caller's node until it calls
     * {@link #unregister} or the process ends: Erlang's {@code register/2}.
     *
     * @throws IllegalArgumentException if {@code pid} is not running, {@code name} is taken, or
     *     {@code pid} already has a name (Erlang's {@code badarg})
     */
    public static void register(String name, Pid pid) {
        Node.given(name, "the name");
        Node.given(pid, "the pid to register");
        current().act(self -> self.node.register(name, pid));
    }

    /** The live process registered as {@code name}, if there is one: Erlang's {@code whereis/1}. */
    public static Optional<Pid> whereis(String name) {
        Node.given(name, "the name");
        return alive().node.whereis(name);
    }

    /** Frees {@code name}; returns whether it was registered. */
    public static boolean unregister(String name) {
        Node.given(name, "the name");
        return current().actAndGet(self -> self.node.unregister(name));
    }

    /** The clock of the caller's node: what its timeouts read, real or virtual. */
    public static Clock clock() {
        return alive().node.clock();
    }

    /** Records {@code event} in the trace of the caller's node, as one of the caller's operations. */
    public static void record(TraceEvent event) {
        Node.given(event, "the event");
        current().act(self -> self.node.trace().record(event));
    }

    // Aliases (chapter 3: a server's calls).

    /**
     * A new alias for the caller: a ref that {@link #send(Ref, Object)} delivers to the
     * caller until it calls {@link #unalias} or ends. Erlang's {@code alias/0}.
     */
    public static Ref alias() {
        return current().actAndGet(self -> self.node.aliases.add(self.node.makeRef(), self));
    }

    /**
     * Deactivates {@code alias}: once this returns, no message sent through it reaches
     * the caller (one that already arrived stays in the mailbox). Returns whether the
     * caller held it active.
     */
    public static boolean unalias(Ref alias) {
        Node.given(alias, "the alias");
        return current().actAndGet(self -> self.node.aliases.remove(self, alias));
    }

    /**
     * Puts {@code message} in the mailbox of the process that made {@code alias}, if the
     * alias is still active; drops it without error otherwise. Returns at once.
     */
    public static void send(Ref alias, Object message) {
        Node.given(alias, "the alias to send to");
        current().act(self -> self.node.aliases.send(self.pid, alias, message));
    }

    // What a process does outside the node (chapter 9: a store's file or connection).

    /**
     * Makes {@code resource} the caller's own, as a dets table belongs to the process that
     * opened it: the runtime closes it when the caller ends, once the caller's last operation
     * is over and before its exit signals and {@code Down}s go out, so whoever restarts the
     * caller finds it closed. If the caller has ended already, it is closed at once and the
     * caller's end is thrown. Returns {@code resource}.
     */
    public static <T extends AutoCloseable> T own(T resource) throws Exception {
        Node.given(resource, "the resource to own");
        current().own(resource);
        return resource;
    }

    /**
     * Runs {@code operation} as one of the caller's runtime operations, for code that acts
     * outside the node, such as a store's write: if the caller has ended, it does not run and
     * the caller's end is thrown. If the end is decided while it runs, whoever ends the caller
     * waits until it is over before the caller's exit signals and {@code Down}s go out, and the
     * end is thrown after it, in place of its result or failure. Keep it short (a write and a
     * force): the end interrupts the caller's thread, which closes an interruptible channel
     * ({@link java.nio.channels.FileChannel}) the operation is using.
     */
    public static <T> T perform(java.util.concurrent.Callable<T> operation) throws Exception {
        Node.given(operation, "the operation");
        return current().actAndCall(operation);
    }

    /**
     * Returns if the caller is still running; throws its end as a {@link ProcessEnded} if it
     * has ended. Every operation of this class checks it; code that must not run on after
     * its process has ended, but calls no operation (a server loop about to run a
     * callback), checks here.
     */
    public static void checkAlive() {
        alive();
    }

    /** The caller, if it has not ended; else its end is thrown, so its code stops. */
    private static ProcessEntry alive() {
        var self = current();
        self.checkAlive();
        return self;
    }

    private static ProcessEntry current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException(
                    "this must run inside a process: start one with node.spawn(...) or node.run(...)");
        }
        return CURRENT.get();
    }
}
