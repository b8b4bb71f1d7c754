package letitcrash.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.ProcessEvent;
import letitcrash.process.ProcessEvent.Aliased;
import letitcrash.process.ProcessEvent.DroppedAtAlias;
import letitcrash.process.ProcessEvent.Exited;
import letitcrash.process.ProcessEvent.Linked;
import letitcrash.process.ProcessEvent.Monitored;
import letitcrash.process.ProcessEvent.Registered;
import letitcrash.process.ProcessEvent.Sent;
import letitcrash.process.ProcessEvent.Signalled;
import letitcrash.process.ProcessEvent.Spawned;
import letitcrash.process.ProcessEvent.Unaliased;
import letitcrash.process.ProcessEvent.Unlinked;
import letitcrash.process.Ref;
import letitcrash.process.TraceEvent;

/**
 * Draws the events of a node's trace as a PlantUML sequence diagram: a participant for each
 * pid, in the order the pids first appear, whose box starts where it is spawned; an arrow
 * for each spawn, link, unlink, monitor, message and exit signal; a note for each exit,
 * shaded unless the reason is clean, and a grey note for each alias made or deactivated; a
 * message dropped at an inactive alias is a grey arrow that ends in a cross before its
 * owner. The text is exactly as stable as the trace, so a test can approve it and the book
 * can render it (the pictures of chapters 2 and 3).
 *
 * <p>An event of a kind it does not know fails loudly, so that a new kind of event is
 * drawn on purpose rather than dropped.
 */
public final class SequenceDiagram {

    /** Pid to its alias in the diagram, in order of first appearance. */
    private final Map<Pid, String> aliases = new LinkedHashMap<>();
    /** Each process alias (a ref) seen in an {@code alias} event, to the pid that made it. */
    private final Map<Ref, Pid> owners = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    private SequenceDiagram() {}

    /**
     * The diagram of {@code events}, from {@code @startuml} to {@code @enduml}. A pid found
     * in {@code names} (by its printed form, {@code <0.1.0>}) is shown as that name above
     * the pid ("supervisor", say).
     *
     * @throws IllegalArgumentException for an event that is not one of the process runtime's
     */
    public static String of(List<TraceEvent> events, Map<String, String> names) {
        var diagram = new SequenceDiagram();
        events.forEach(diagram::draw);
        var text = new StringBuilder("@startuml\nhide footbox\nskinparam shadowing false\n");
        diagram.aliases.forEach((pid, alias) -> text.append("participant \"")
                .append(names.containsKey(pid.toString()) ? names.get(pid.toString()) + "\\n" : "").append(pid)
                .append("\" as ").append(alias).append('\n'));
        return text.append(diagram.body).append("@enduml\n").toString();
    }

    /**
     * The events that follow one chain of cause and effect, so that a diagram of them is the
     * same on every run: spawns, links, unlinks, messages, exit signals and exits, less those
     * whose line {@code races} says race with the chain. Monitor and alias notes are left out
     * (refs are numbered in the order they are made, which races too), and refs inside
     * messages are shown without their numbers.
     */
    public static List<TraceEvent> causal(List<TraceEvent> events, Predicate<String> races) {
        var kept = new ArrayList<TraceEvent>();
        for (TraceEvent event : events) {
            boolean raced = races.test(event.line());
            switch (event) {
                case Sent(Pid from, Pid to, String message) when !raced ->
                        kept.add(new Sent(from, to, message.replaceAll("#Ref<[^>]*>", "#Ref<_>")));
                case Spawned _, Linked _, Unlinked _, Exited _, Signalled _ when !raced -> kept.add(event);
                default -> { }
            }
        }
        return kept;
    }

    private void draw(TraceEvent event) {
        if (!(event instanceof ProcessEvent known)) {
            throw new IllegalArgumentException("a trace event SequenceDiagram does not know how to draw: " + event.line());
        }
        switch (known) {
            case Spawned(Pid child, Pid parent, boolean linked) -> {
                alias(parent); // the parent first, so that it stands to the left
                body.append("create ").append(alias(child)).append('\n'); // the child's box starts here
                arrow(parent, "->", child, linked ? "spawn_link" : "spawn");
            }
            case Linked(Pid pid, Pid other) -> arrow(pid, "<->", other, "link");
            case Unlinked(Pid pid, Pid other) -> arrow(pid, "<-[#gray]->", other, "unlink");
            case Monitored(Pid watcher, Pid target, Ref ref) -> arrow(watcher, "->>", target, "monitor " + ref);
            case Aliased(Pid owner, Ref alias) -> aliasNote(owner, "alias", alias);
            case Unaliased(Pid owner, Ref alias) -> aliasNote(owner, "unalias", alias);
            case DroppedAtAlias(Pid from, Ref alias, String message) ->
                    arrow(from, "-[#gray]->x", ownerOf(alias, event), message + ": dropped, inactive alias");
            case Sent(Pid from, Pid to, String message) -> arrow(from, "->", to, message);
            case Signalled(Pid from, Pid to, ExitReason reason, var effect) -> {
                String colour = switch (effect) {
                    case TRAPPED -> "#blue";
                    case IGNORED -> "#gray";
                    case KILLED, FATAL -> "#red";
                };
                arrow(from, "-[" + colour + "]->>", to, "exit signal " + reason + ": " + effect.name().toLowerCase(Locale.ROOT));
            }
            case Exited(Pid pid, ExitReason reason) -> body.append("hnote over ").append(alias(pid))
                    .append(reason.isClean() ? "" : " #FFCCCC")
                    .append(" : exit ").append(reason).append('\n');
            case Registered(String name, Pid pid) -> body.append("hnote over ").append(alias(pid))
                    .append(" #EEEEEE : register ").append(name).append('\n');
        }
    }

    private void aliasNote(Pid owner, String what, Ref alias) {
        owners.putIfAbsent(alias, owner);
        body.append("hnote over ").append(alias(owner)).append(" #EEEEEE : ").append(what).append(' ').append(alias)
                .append('\n');
    }

    private Pid ownerOf(Ref alias, TraceEvent event) {
        var owner = owners.get(alias);
        if (owner == null) {
            throw new IllegalArgumentException("a message dropped at an alias made before the trace began: " + event.line());
        }
        return owner;
    }

    private void arrow(Pid from, String arrow, Pid to, String label) {
        body.append(alias(from)).append(' ').append(arrow).append(' ').append(alias(to)).append(" : ")
                .append(label).append('\n');
    }

    private String alias(Pid pid) {
        return aliases.computeIfAbsent(pid, p -> "P" + p.toString().replaceAll("\\D", ""));
    }
}
