package letitcrash.book;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Numbers snippets the way the {@code jshell} tool does, so {@code $6} in a transcript is
 * {@code $6} in a real session: startup snippets are {@code s1, s2, ...}, active snippets
 * are {@code 1, 2, ...} (imports and statements included) and a temporary variable takes
 * the number its snippet is about to get. Rejected snippets would be {@code e1, e2, ...};
 * a transcript never has one, since a rejected snippet fails it.
 *
 * <p>JShell calls these back while it processes a snippet, on the evaluating thread.
 */
final class JShellIds {

    private JShell shell;
    private boolean startingUp = true;
    private int nextStartup = 1;
    private int nextMain = 1;
    private int nextError = 1;

    void attach(JShell shell) {
        this.shell = shell;
    }

    void startupDone() {
        startingUp = false;
    }

    String id(Snippet snippet, Integer key) {
        if (startingUp) {
            return "s" + nextStartup++;
        }
        return shell.status(snippet).isActive() ? String.valueOf(nextMain++) : "e" + nextError++;
    }

    String nextTempVariable() {
        return "$" + nextMain;
    }
}
