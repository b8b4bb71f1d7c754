package letitcrash.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the lines of a node's trace as a PlantUML sequence diagram: a participant for each
 * pid, in the order the pids first appear, whose box starts where it is spawned; an arrow
 * for each spawn, link, unlink, monitor, message and exit signal; a note for each exit,
 * shaded unless the reason is clean, and a grey note for each alias made or deactivated; a
 * message dropped at an inactive alias is a grey arrow that ends in a cross before its owner. The text is exactly as stable as the trace,
 * so a test can approve it and the book can render it (the picture in chapter 2).
 *
 * <p>A line of a form it does not know fails loudly, so that a new kind of trace line is
 * drawn on purpose rather than dropped.
 */
public final class SequenceDiagram {

    private static final String PID = "(<\\d+\\.\\d+\\.\\d+>)";
    private static final Pattern SPAWN = Pattern.compile("(spawn|spawn_link) " + PID + " by " + PID);
    private static final Pattern LINK = Pattern.compile("(link|unlink) " + PID + " " + PID);
    private static final Pattern MONITOR = Pattern.compile("monitor " + PID + " " + PID + " (\\S+)");
    private static final Pattern EXIT = Pattern.compile("exit " + PID + " (.+)");
    private static final Pattern SIGNAL = Pattern.compile("signal " + PID + " -> " + PID + " (.+): (\\w+)");
    private static final Pattern SEND = Pattern.compile("send " + PID + " -> " + PID + " (.+)");
    private static final Pattern ALIAS = Pattern.compile("(alias|unalias) " + PID + " (#Ref<\\S+>)");
    private static final Pattern DROPPED = Pattern.compile("send " + PID + " -> (#Ref<\\S+>) (.+): inactive alias, dropped");

    private final Map<String, String> names;
    /** Pid to its alias in the diagram, in order of first appearance. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Each process alias (a ref) seen in an {@code alias} line, to the pid that made it. */
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    private SequenceDiagram(Map<String, String> names) {
        this.names = names;
    }

    /**
     * The diagram of {@code lines}, from {@code @startuml} to {@code @enduml}. A pid found
     * in {@code names} is shown as that name above the pid ("supervisor", say).
     *
     * @throws IllegalArgumentException for a line that is not one of the trace's forms
     */
    public static String of(List<String> lines, Map<String, String> names) {
        var diagram = new SequenceDiagram(names);
        lines.forEach(diagram::draw);
        var text = new StringBuilder("@startuml\nhide footbox\nskinparam shadowing false\n");
        diagram.aliases.forEach((pid, alias) -> text.append("participant \"")
                .append(names.containsKey(pid) ? names.get(pid) + "\\n" : "").append(pid).append("\" as ")
                .append(alias).append('\n'));
        return text.append(diagram.body).append("@enduml\n").toString();
    }

    private void draw(String line) {
        Matcher m;
        if ((m = SPAWN.matcher(line)).matches()) {
            alias(m.group(3)); // the parent first, so that it stands to the left
            body.append("create ").append(alias(m.group(2))).append('\n'); // the child's box starts here
            arrow(m.group(3), "->", m.group(2), m.group(1));
        } else if ((m = LINK.matcher(line)).matches()) {
            arrow(m.group(2), m.group(1).equals("link") ? "<->" : "<-[#gray]->", m.group(3), m.group(1));
        } else if ((m = MONITOR.matcher(line)).matches()) {
            arrow(m.group(1), "->>", m.group(2), "monitor " + m.group(3));
        } else if ((m = ALIAS.matcher(line)).matches()) {
            owners.putIfAbsent(m.group(3), m.group(2));
            body.append("hnote over ").append(alias(m.group(2))).append(" #EEEEEE : ").append(m.group(1)).append(' ')
                    .append(m.group(3)).append('\n');
        } else if ((m = DROPPED.matcher(line)).matches() && owners.containsKey(m.group(2))) {
            arrow(m.group(1), "-[#gray]->x", owners.get(m.group(2)), m.group(3) + ": dropped, inactive alias");
        } else if ((m = SEND.matcher(line)).matches()) {
            arrow(m.group(1), "->", m.group(2), m.group(3));
        } else if ((m = SIGNAL.matcher(line)).matches()) {
            String colour = switch (m.group(4)) {
                case "trapped" -> "#blue";
                case "ignored" -> "#gray";
                default -> "#red";
            };
            arrow(m.group(1), "-[" + colour + "]->>", m.group(2), "exit signal " + m.group(3) + ": " + m.group(4));
        } else if ((m = EXIT.matcher(line)).matches()) {
            String reason = m.group(2);
            boolean clean = reason.equals("normal") || reason.equals("shutdown") || reason.startsWith("{shutdown, ");
            body.append("hnote over ").append(alias(m.group(1))).append(clean ? "" : " #FFCCCC")
                    .append(" : exit ").append(reason).append('\n');
        } else {
            throw new IllegalArgumentException("a trace line SequenceDiagram does not know how to draw: " + line);
        }
    }

    private void arrow(String from, String arrow, String to, String label) {
        body.append(alias(from)).append(' ').append(arrow).append(' ').append(alias(to)).append(" : ")
                .append(label).append('\n');
    }

    private String alias(String pid) {
        return aliases.computeIfAbsent(pid, p -> "P" + p.replaceAll("\\D", ""));
    }
}
