package letitcrash.workbook;

import java.util.Comparator;
import java.util.List;

/**
 * One kata: where the learner works (the solution file's path, which is also the stub's),
 * what to do, where the book explains it and how to get unstuck.
 *
 * @param id "chapter.index", such as {@code 1.2}
 * @param files the source files it edits, relative to a source root, such as {@code letitcrash/mailbox/Mailbox.java}
 * @param todo what the learner is to do, from the first region's marker
 * @param chapter the chapter that teaches it, or null if no chapter folder has its number
 * @param title the kata's section title in the book, or null if the chapter has no such section
 * @param concept the title of the chapter's section that explains what the kata builds, which the kata's
 *     section names on its first line; null if it names none, or one the chapter does not have
 * @param hints the graduated hints, gentlest first
 */
record Kata(String id, List<String> files, String todo, Chapter chapter, String title, String concept, List<String> hints) {

    /** By chapter, then index: 1.2 before 1.10 before 2.1. */
    static final Comparator<String> ORDER = Comparator.<String>comparingInt(id -> part(id, 0))
            .thenComparingInt(id -> part(id, 1));

    /** The JUnit tag its tests carry. */
    String tag() {
        return KataMarks.tag(id);
    }

    /** What marks its places in a stub: {@code TODO(kata 1.2)}. */
    String todoMark() {
        return KataMarks.todo(id);
    }

    int chapterNumber() {
        return part(id, 0);
    }

    /** Its own section, in words: "chapter 1 'A bare mailbox', section 'Kata 1.1: First in, first out'". */
    String section() {
        String where = chapter == null ? "chapter " + chapterNumber() : "chapter " + chapter.number() + " '" + chapter.title() + "'";
        return title == null ? where : where + ", section 'Kata " + id + ": " + title + "'";
    }

    /**
     * Where to read before it, in words: the section that explains its concept, then its own:
     * "chapter 5 'Restart intensity', section 'Whole seconds', then 'Kata 5.1: The restart window'".
     */
    String reading() {
        if (concept == null || title == null) {
            return section();
        }
        return "chapter " + chapter.number() + " '" + chapter.title() + "', section '" + concept + "', then 'Kata " + id + ": " + title + "'";
    }

    private static int part(String id, int index) {
        return Integer.parseInt(id.split("\\.")[index]);
    }
}
