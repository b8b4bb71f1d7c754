package letitcrash.process;

import java.util.Locale;

/**
 * What the process runtime records in a node's trace: one record per kind of event, and
 * one formatter, {@link #line()}, that gives each its stable text. The book's appendix
 * lists every line's form.
 */
public sealed interface ProcessEvent extends TraceEvent {

    /** {@code child} was started by {@code parent}, and linked to it if {@code linked}. */
    record Spawned(Pid child, Pid parent, boolean linked) implements ProcessEvent {}

    record Linked(Pid pid, Pid other) implements ProcessEvent {}

    record Unlinked(Pid pid, Pid other) implements ProcessEvent {}

    record Monitored(Pid watcher, Pid target, Ref ref) implements ProcessEvent {}

    /** An exit signal reached {@code to}, and what it did. */
    record Signalled(Pid from, Pid to, ExitReason reason, SignalEffect effect) implements ProcessEvent {}

    record Exited(Pid pid, ExitReason reason) implements ProcessEvent {}

    /** A message put in {@code to}'s mailbox (recorded only when the trace records messages). */
    record Sent(Pid from, Pid to, String message) implements ProcessEvent {}

    record Aliased(Pid owner, Ref alias) implements ProcessEvent {}

    record Unaliased(Pid owner, Ref alias) implements ProcessEvent {}

    /** A message sent through an alias that was no longer active, and so dropped. */
    record DroppedAtAlias(Pid from, Ref alias, String message) implements ProcessEvent {}

    /** {@code pid} took the name {@code name}. */
    record Registered(String name, Pid pid) implements ProcessEvent {}

    @Override
    default String line() {
        return switch (this) {
            case Spawned(Pid child, Pid parent, boolean linked) -> (linked ? "spawn_link " : "spawn ") + child + " by " + parent;
            case Linked(Pid pid, Pid other) -> "link " + pid + " " + other;
            case Unlinked(Pid pid, Pid other) -> "unlink " + pid + " " + other;
            case Monitored(Pid watcher, Pid target, Ref ref) -> "monitor " + watcher + " " + target + " " + ref;
            case Signalled(Pid from, Pid to, ExitReason reason, SignalEffect effect) ->
                    "signal " + from + " -> " + to + " " + reason + ": " + effect.name().toLowerCase(Locale.ROOT);
            case Exited(Pid pid, ExitReason reason) -> "exit " + pid + " " + reason;
            case Sent(Pid from, Pid to, String message) -> "send " + from + " -> " + to + " " + message;
            case Aliased(Pid owner, Ref alias) -> "alias " + owner + " " + alias;
            case Unaliased(Pid owner, Ref alias) -> "unalias " + owner + " " + alias;
            case DroppedAtAlias(Pid from, Ref alias, String message) ->
                    "send " + from + " -> " + alias + " " + message + ": inactive alias, dropped";
            case Registered(String name, Pid pid) -> "register " + name + " " + pid;
        };
    }
}
