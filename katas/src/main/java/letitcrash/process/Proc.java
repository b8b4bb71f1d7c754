package letitcrash.process;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The current process: Elixir's {@code self/0}, {@code send/2} and {@code receive}. The
 * class is not called {@code Process} because {@link java.lang.Process} already is.
 *
 * <p>Every method except {@link #send} must be called from code running in a process
 * (a body given to {@link Node#spawn} or {@link Node#run}); elsewhere it throws
 * {@link IllegalStateException}. Which process is "current" is a {@link ScopedValue}
 * bound for the body's whole run.
 */
public final class Proc {

    static final ScopedValue<Node.Process> CURRENT = ScopedValue.newInstance();
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
        var self = current();
        self.node.send(self.pid, to, message);
    }

    /** The process that spawned the caller, or {@link Node#OUTSIDE}: a server's supervisor, from chapter 4 on. */
    public static Pid parent() {
        return current().parent;
    }

    /** Starts a process, as {@link Node#spawn}: not linked to the caller. */
    public static Pid spawn(ProcessBody body) {
        var self = current();
        return self.node.spawn(body, self.pid, false);
    }

    /**
     * Starts a process linked to the caller, linked before the child runs a single line:
     * Erlang's {@code spawn_link/1}.
     */
    public static Pid spawnLink(ProcessBody body) {
        var self = current();
        return self.node.spawn(body, self.pid, true);
    }

    /**
     * Links the caller and {@code other}: when either ends, the other gets an exit signal.
     * Linking to a process that has ended sends the caller a {@code noproc} signal.
     */
    public static void link(Pid other) {
        var self = current();
        self.node.link(self, other);
    }

    /** Removes the link between the caller and {@code other}, if there is one. */
    public static void unlink(Pid other) {
        var self = current();
        self.node.unlink(self, other);
    }

    /**
     * Watches {@code target}: when it ends, the caller receives a {@link Down} with the
     * returned ref; at once, with {@code noproc}, if it has ended already. Monitors are one
     * way and stack: two calls give two refs and two messages.
     */
    public static Ref monitor(Pid target) {
        var self = current();
        return self.node.monitor(self, target);
    }

    /** Stops the monitor {@code ref}; with {@code flush}, also removes its {@link Down} if it already arrived. */
    public static void demonitor(Ref ref, boolean flush) throws InterruptedException {
        var self = current();
        self.node.demonitor(self, ref);
        if (flush) {
            self.mailbox.poll(Down.class, down -> down.ref().equals(ref), Duration.ZERO);
        }
    }

    /**
     * Whether exit signals reach the caller as {@link Exit} messages instead of ending it
     * (all but an untrappable {@code kill}); returns the previous setting.
     */
    public static boolean trapExits(boolean trap) {
        var self = current();
        boolean was = self.trapExits;
        self.trapExits = trap;
        return was;
    }

    /** Sends {@code to} an exit signal with {@code reason}, as Erlang's {@code exit/2}. */
    public static void exit(Pid to, ExitReason reason) {
        var self = current();
        self.node.signal(self.pid, to, reason, false);
    }

    /** Ends the caller with {@code reason} by throwing {@link ProcessExit}, as Erlang's {@code exit/1}. */
    public static ProcessExit exit(ExitReason reason) {
        throw new ProcessExit(reason);
    }

    /** Takes the oldest message, waiting as long as it takes. */
    public static Object receive() throws InterruptedException {
        return alive().mailbox.take();
    }

    /** Takes the oldest message, or empty if none arrives within {@code timeout} on the node's clock. */
    public static Optional<Object> receive(Duration timeout) throws InterruptedException {
        return alive().mailbox.poll(timeout);
    }

    /** Takes the oldest message of {@code type}, waiting as long as it takes; others stay in order. */
    public static <T> T receive(Class<T> type) throws InterruptedException {
        return receive(type, message -> true, FOREVER).orElseThrow();
    }

    /**
     * Selective receive: takes the oldest message that is a {@code type} and passes
     * {@code filter}, waiting at most {@code timeout} for one; the messages it skips stay
     * in the mailbox in their order.
     */
    public static <T> Optional<T> receive(Class<T> type, Predicate<? super T> filter, Duration timeout)
            throws InterruptedException {
        return alive().mailbox.poll(type, filter, timeout);
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
        alive().node.register(name, pid);
    }

    /** The live process registered as {@code name}, if there is one: Erlang's {@code whereis/1}. */
    public static Optional<Pid> whereis(String name) {
        return alive().node.whereis(name);
    }

    /** Frees {@code name}; returns whether it was registered. */
    public static boolean unregister(String name) {
        return alive().node.unregister(name);
    }

    // Trace and time: what later packages record, and the clock they measure by.

    /** Records {@code event} in the caller's node's trace. */
    public static void record(TraceEvent event) {
        alive().node.trace().record(event);
    }

    /** The clock of the caller's node: every timeout, restart window and shutdown timer reads it. */
    public static letitcrash.time.Clock clock() {
        return current().node.clock();
    }

    // Aliases and liveness (chapter 3: a server's calls and its loop).

    /**
     * A new alias for the caller: a ref that {@link #send(Ref, Object)} delivers to the
     * caller until it calls {@link #unalias} or ends. Erlang's {@code alias/0}.
     */
    public static Ref alias() {
        var self = current();
        return self.node.alias(self);
    }

    /**
     * Deactivates {@code alias}: once this returns, no message sent through it reaches
     * the caller (one that already arrived stays in the mailbox). Returns whether the
     * caller held it active.
     */
    public static boolean unalias(Ref alias) {
        var self = current();
        return self.node.aliases.remove(self, alias);
    }

    /**
     * Puts {@code message} in the mailbox of the process that made {@code alias}, if the
     * alias is still active; drops it without error otherwise. Returns at once.
     */
    public static void send(Ref alias, Object message) {
        var self = current();
        self.node.aliases.send(self.pid, alias, message);
    }

    /**
     * Returns if the caller is still running; throws its end as a {@link ProcessExit} if a
     * signal has ended it. A signal stops a process's code only where it waits (Java cannot
     * stop a thread), so code that must not run after its process ended, such as a server
     * loop between two callbacks, checks here.
     */
    public static void checkAlive() {
        alive();
    }

    /** The caller, if it has not been ended by a signal; else its end is thrown, so its code stops. */
    private static Node.Process alive() {
        var self = current();
        var ended = self.exitReason;
        if (ended != null) {
            throw new ProcessExit(ended);
        }
        return self;
    }

    private static Node.Process current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException(
                    "this must run inside a process: start one with node.spawn(...) or node.run(...)");
        }
        return CURRENT.get();
    }
}
