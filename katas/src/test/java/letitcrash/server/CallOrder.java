package letitcrash.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call's trace in one canonical order, so that an approved trace checks what the concept
 * fixes and nothing more: a call must make its monitor and its alias before it sends the
 * request, but may make them in either order.
 */
final class CallOrder {

    private static final Pattern REF = Pattern.compile("#Ref<0\\.(\\d+)>");

    private CallOrder() {}

    /**
     * {@code lines} with every alias line that directly precedes a monitor line of the same
     * process moved after it, and refs renumbered in the order they first appear; one
     * string, a line each.
     */
    static String canonical(List<String> lines) {
        var ordered = new ArrayList<>(lines);
        for (int i = 0; i + 1 < ordered.size(); i++) {
            if (ordered.get(i).startsWith("alias ") && ordered.get(i + 1).startsWith("monitor ")
                    && owner(ordered.get(i)).equals(owner(ordered.get(i + 1)))) {
                ordered.add(i, ordered.remove(i + 1));
            }
        }
        var renumbered = new HashMap<String, String>();
        var text = new StringBuilder();
        for (var line : ordered) {
            Matcher ref = REF.matcher(line);
            text.append(ref.replaceAll(m -> Matcher.quoteReplacement(
                    renumbered.computeIfAbsent(m.group(), old -> "#Ref<0." + (renumbered.size() + 1) + ">"))));
            text.append('\n');
        }
        return text.toString();
    }

    private static String owner(String line) {
        return line.split(" ")[1];
    }
}
