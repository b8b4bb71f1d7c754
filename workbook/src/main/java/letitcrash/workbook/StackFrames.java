package letitcrash.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A failure as the learner should read it: what was thrown, and where in the learner's own
 * code ({@code katas/src/main/java/...:line}), not a bare class name. Frames of the JDK, of
 * JUnit and of the tool are left out; a recursion's thousand frames are shown once each.
 *
 * @param shownAs the folder the learner's sources are named by, such as {@code katas/src/main/java}
 * @param files the learner's source files, relative to that folder, such as {@code letitcrash/mailbox/Mailbox.java}
 */
record StackFrames(String shownAs, Set<String> files) {

    /** Frames of the learner's code shown per exception, at most. */
    private static final int SHOWN = 5;
    /** Frames of the learner's code shown for a process's crash under a failed test. */
    private static final int CRASH_FRAMES = 3;
    /** Causes followed, at most: a cause chain can be a cycle. */
    private static final int CAUSES = 3;

    StackFrames(Build.Sources sources) {
        this(sources.shownAs(), sources.files().keySet());
    }

    /** The failure's class and message, each with the learner's frames under it, then its causes. */
    String describe(Throwable failure) {
        var lines = new ArrayList<String>();
        Throwable at = failure;
        for (int depth = 0; at != null && depth < CAUSES; depth++, at = at.getCause() == at ? null : at.getCause()) {
            lines.add((depth == 0 ? "" : "caused by ") + headline(at));
            lines.addAll(frames(at));
        }
        return String.join("\n", lines);
    }

    /**
     * The first of a test's process crashes that the learner's code threw, shown under the test
     * that failed after it: the exception and its first {@link #CRASH_FRAMES} places in the
     * learner's code; empty when there is none. A crash whose first frame outside the JDK is not
     * the learner's (a test's, say: the crash a test provokes on purpose) is left out.
     */
    String firstCrash(List<Throwable> crashes) {
        return crashes.stream().filter(this::thrownByTheLearner).findFirst().map(crash -> {
            var lines = new ArrayList<String>();
            lines.add(headline(crash));
            lines.addAll(frames(crash).stream().limit(CRASH_FRAMES).toList());
            return String.join("\n", lines);
        }).orElse("");
    }

    private boolean thrownByTheLearner(Throwable crash) {
        return Arrays.stream(crash.getStackTrace()).filter(frame -> frame.getModuleName() == null).findFirst()
                .map(frame -> fileOf(frame) != null).orElse(false);
    }

    private static String headline(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        return failure.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** "  at Mailbox.take(katas/src/main/java/letitcrash/mailbox/Mailbox.java:59)", each place once, with how often it recurs. */
    List<String> frames(Throwable failure) {
        var seen = new LinkedHashMap<String, Integer>();
        for (var frame : failure.getStackTrace()) {
            String file = fileOf(frame);
            if (file != null) {
                String simpleClass = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                seen.merge("  at " + simpleClass + "." + frame.getMethodName() + "(" + shownAs + "/" + file + ":"
                        + frame.getLineNumber() + ")", 1, Integer::sum);
            }
        }
        var lines = new ArrayList<String>();
        seen.entrySet().stream().limit(SHOWN).forEach(e -> lines.add(e.getKey() + times(e)));
        if (seen.size() > SHOWN) {
            lines.add("  ... and " + (seen.size() - SHOWN) + " more places in your code");
        }
        return lines;
    }

    private static String times(Map.Entry<String, Integer> frame) {
        return frame.getValue() == 1 ? "" : "   (" + frame.getValue() + " times: a recursion that does not end?)";
    }

    /** The learner's source file the frame is in, relative to {@link #shownAs}, or null if it is not theirs. */
    private String fileOf(StackTraceElement frame) {
        if (frame.getFileName() == null || frame.getLineNumber() < 0) {
            return null;
        }
        int dot = frame.getClassName().lastIndexOf('.');
        String folder = dot < 0 ? "" : frame.getClassName().substring(0, dot).replace('.', '/') + "/";
        String file = folder + frame.getFileName();
        return files.contains(file) ? file : null;
    }
}
