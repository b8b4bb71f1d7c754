package letitcrash.workbook;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The marks that tie a kata's parts together, each spelled here and nowhere else: the JUnit
 * tag of its tests and the anchor of its book section ({@code kata-1.2}), the chapter's tag
 * ({@code ch01}), the region markers in the solutions, the TODO line and the throw of its
 * stub, and the runtime's stub exception, {@code letitcrash.KataNotDone}, and its record of
 * process crashes, {@code letitcrash.Crashes}, which the tool knows only by name (the runtime
 * is loaded apart from it).
 */
final class KataMarks {

    /** What begins every kata's JUnit tag. */
    static final String TAG = "kata-";
    /** The stub exception's class, in the runtime the tool compiles. */
    static final String NOT_DONE_CLASS = "letitcrash.KataNotDone";
    /** The runtime's record of the current test's process crashes. */
    static final String CRASHES_CLASS = "letitcrash.Crashes";
    /** What begins every kata's TODO line in a stub. */
    static final String TODO = "TODO(kata ";
    /** The first line of a region: its indent, its kata and what to do there. */
    static final Pattern REGION_START = Pattern.compile("^(\\s*)// region kata (\\d+\\.\\d+):\\s*(.*?)\\s*$");
    /** The last line of a region. */
    static final Pattern REGION_END = Pattern.compile("^\\s*// endregion\\s*$");
    /** A kata tag written out in a test's source; its group 1 is the kata. */
    static final Pattern TAG_IN_SOURCE = Pattern.compile("@Tag\\(\"" + TAG + "(\\d+\\.\\d+)\"\\)");
    /** The text of a stub's throw, in source or in a message; its group 1 is the kata. */
    static final Pattern NOT_DONE_TEXT = Pattern.compile(notDone("(\\d+\\.\\d+)"));
    /** A stub's throw, to find it in a source line: the match runs to the line's end. */
    static final Pattern STUB_THROW = Pattern.compile("throw new " + Pattern.quote(NOT_DONE_CLASS) + "\\(.*");

    private KataMarks() {}

    /** The JUnit tag of kata {@code id}'s tests, and its book section's anchor: {@code kata-1.2}. */
    static String tag(String id) {
        return TAG + id;
    }

    /** The kata a JUnit tag names ({@code 1.2} for {@code kata-1.2}), or empty when it names none. */
    static Optional<String> kataOf(String tag) {
        return tag.startsWith(TAG) ? Optional.of(tag.substring(TAG.length())) : Optional.empty();
    }

    /** The tag written out in a test's source, quotes and all: {@code "kata-1.2"}. */
    static String quotedTag(String id) {
        return "\"" + tag(id) + "\"";
    }

    /** The JUnit tag of every test of chapter {@code n}: {@code ch01}. */
    static String chapterTag(int n) {
        return String.format("ch%02d", n);
    }

    /** What marks kata {@code id}'s places in a stub: {@code TODO(kata 1.2)}. */
    static String todo(String id) {
        return TODO + id + ")";
    }

    /** The statement a stub has in place of a region of kata {@code id}. */
    static String stubThrow(String id) {
        return "throw new " + NOT_DONE_CLASS + "(\"" + notDone(id) + " (book: chapter "
                + id.substring(0, id.indexOf('.')) + ", Kata " + id + ")\");";
    }

    private static String notDone(String id) {
        return "kata " + id + " is not done yet";
    }
}
