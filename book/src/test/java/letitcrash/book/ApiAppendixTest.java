package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The API appendix ({@code appendix-api.adoc}) is checked against the reference runtime both
 * ways, so that it cannot drift: every name its Java column gives resolves to a public type,
 * method or constant of its section's packages ({@link ApiAppendix} says how a cell is read);
 * and every public type, method and constant of the learner's packages ({@link #LEARNERS})
 * is named by a row. A section is marked <i>planned</i> exactly when none of its packages
 * exists yet.
 *
 * <p>A record's accessors are named by its components, {@code Down(ref, pid, reason)}; a
 * method that implements or overrides one a row names on a supertype of the learner's
 * packages is named with it ({@code Server} with {@code init} names every server's
 * {@code init}). Constructors other than a record's are not checked.
 *
 * <p>Two packages of the runtime are left out ({@link #LEFT_OUT}): {@code letitcrash} holds what
 * a kata stub throws and what the workbook's test runner reads ({@code KataNotDone},
 * {@code Crashes}), and {@code letitcrash.jvm} the child JVM the hard-kill tests start and talk
 * to ({@code ChildJvm}, {@code ParentLine}). No kata writes or calls either (a learner meets
 * {@code KataNotDone} only as a failing test's message), and no chapter shows them. The kata
 * checks a learner writes ({@code BreakIt}, {@code PoisonCheck}, {@code EdgeCheck},
 * {@code BreakTheStore}, {@code BreakTheJournal}) are in, and so are members public only for
 * the runtime's other packages ({@code Proc.perform}, {@code Mailbox.insideFilter}): a learner
 * sees them in the code they grow. A new package of the runtime fails the check until it is put
 * in one list or the other.
 */
class ApiAppendixTest {

    /** The packages whose public API the learner writes or calls. */
    static final List<String> LEARNERS = List.of("letitcrash.mailbox", "letitcrash.time", "letitcrash.process",
            "letitcrash.server", "letitcrash.supervisor", "letitcrash.task", "letitcrash.restore", "letitcrash.edge",
            "letitcrash.vendor", "letitcrash.store", "letitcrash.wallet");

    /** The runtime's packages that are the test harness's, not the learner's: see the class comment. */
    static final List<String> LEFT_OUT = List.of("letitcrash", "letitcrash.jvm");

    /** The doubled book's copies of chapters (the maintainers' {@code ./learn double-book}), no API of their own. */
    private static final Pattern DOUBLED = Pattern.compile("letitcrash\\.copy\\d+(\\..+)?");

    @TestFactory
    @DisplayName("Each section of the API appendix names only what exists, and is planned only if nothing does")
    Stream<DynamicTest> eachSectionMatchesTheCode() throws IOException {
        var sections = ApiAppendix.sections();
        assertThat(sections).as("sections of %s", ApiAppendix.FILE).isNotEmpty();
        var unresolved = ApiAppendix.named(sections).unresolved();
        return sections.stream().map(section -> DynamicTest.dynamicTest(section.title(), () -> {
            var existing = section.packages().stream().filter(pkg -> Files.isDirectory(
                    ApiAppendix.SOLUTIONS.resolve(pkg.replace('.', '/')))).toList();
            assertThat(section.planned())
                    .as("appendix-api.adoc:%d, section \"%s\": marked planned, but %s exist; remove _planned_ "
                            + "(or, if nothing exists, mark it planned)", section.line(), section.title(), existing)
                    .isEqualTo(existing.isEmpty());
            assertThat(unresolved.stream().filter(u -> u.where().contains("(section \"" + section.title() + "\")")))
                    .as("names in appendix-api.adoc that name nothing public in the runtime").isEmpty();
        }));
    }

    @Test
    @DisplayName("Every public type, method and constant of the learner's packages has a row in the API appendix")
    void everyPublicMemberHasARow() throws IOException {
        var named = ApiAppendix.named(ApiAppendix.sections());
        var missing = new ArrayList<String>();
        for (var pkg : LEARNERS) {
            for (var type : ApiAppendix.types(pkg)) {
                var where = " (" + ChapterScriptsTest.CHAPTERS.getParent().relativize(ApiAppendix.source(type))
                        + "): add it to a row of the section for " + pkg;
                if (!named.types().contains(type)) {
                    missing.add("the type " + type.getName() + where);
                }
                for (var method : ApiAppendix.methods(type)) {
                    if (!named.names(type, method) && ApiAppendix.supertypes(type).noneMatch(s -> named.names(s, method))) {
                        missing.add(type.getName() + "." + method + "()" + where);
                    }
                }
                for (var constant : ApiAppendix.constants(type)) {
                    if (!named.names(type, constant.getName())) {
                        missing.add(type.getName() + "." + constant.getName() + where);
                    }
                }
            }
        }
        assertThat(missing).as("public API of the runtime that no row of appendix-api.adoc names").isEmpty();
    }

    @Test
    @DisplayName("Every package of the runtime is the learner's or left out, and says which")
    void everyPackageIsDecided() throws IOException {
        var root = ApiAppendix.SOLUTIONS.resolve("letitcrash");
        try (var folders = Files.walk(root)) {
            var packages = folders.filter(Files::isDirectory)
                    .map(f -> ApiAppendix.SOLUTIONS.relativize(f).toString().replace('/', '.'))
                    .filter(pkg -> !DOUBLED.matcher(pkg).matches())
                    .toList();
            assertThat(packages).as("packages under %s; put a new one in ApiAppendixTest.LEARNERS or LEFT_OUT", root)
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(LEARNERS.stream(), LEFT_OUT.stream()).toList());
        }
    }
}
