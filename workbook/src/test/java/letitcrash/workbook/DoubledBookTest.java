package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doubled book a maintainer times the contract on: chapters 4-6 again, twice, as a
 * workbook the tool reads as it reads the real one. (That the contract holds on it is
 * measured, not tested: it takes minutes.)
 */
class DoubledBookTest {

    @TempDir
    Path into;

    @Test
    void movesKataNumbersTagsPackagesAndAnchorsButNoOtherNumber() {
        assertThat(DoubledBook.rewrite("""
                package letitcrash.supervisor;
                import letitcrash.restore.Backup;
                import letitcrash.server.GenServer;
                @Tag("kata-4.2") @Tag("ch05") // TODO(kata 6.3): ... (caught by kata 5.2)
                include::{kata-tests}/letitcrash/supervisor/X.java[] include::{chapters}/ch04-supervisors/hints.adoc[tag=kata-4.1]
                [[kata-5.1]] === Kata 5.1: windows [[sup-tree]] <<sup-tree>> <<ch03>> <<kata-1.2>>
                crashes at 0, 4, 5.5, 6 and 6.5 s; kata 1.1; ch01
                """, 2, 6, Set.of("sup-tree"))).isEqualTo("""
                package letitcrash.copy2.supervisor;
                import letitcrash.copy2.restore.Backup;
                import letitcrash.server.GenServer;
                @Tag("kata-10.2") @Tag("ch11") // TODO(kata 12.3): ... (caught by kata 11.2)
                include::{kata-tests}/letitcrash/copy2/supervisor/X.java[] include::{chapters}/ch10-supervisors/hints.adoc[tag=kata-10.1]
                [[kata-11.1]] === Kata 11.1: windows [[sup-tree-copy2]] <<sup-tree-copy2>> <<ch03>> <<kata-1.2>>
                crashes at 0, 4, 5.5, 6 and 6.5 s; kata 1.1; ch01
                """);
    }

    @Test
    void aDoubledBookHasTwiceChaptersFourToSixWithStubsInSync() throws IOException {
        var real = Workbook.repo();
        assumeFalse(Files.isDirectory(real.tests().resolve("letitcrash/copy1")),
                "this checkout is itself a doubled book: its copies are not copied again");
        var made = DoubledBook.make(real, into, 2);

        var before = Catalog.read(real);
        var after = Catalog.read(new Repo(into));
        long laterKatas = before.katas().stream().filter(kata -> copied(kata.chapterNumber())).count();
        assertThat(made.katas()).isEqualTo(after.katas().size()).isEqualTo(before.katas().size() + 2 * (int) laterKatas);
        assertThat(after.katas()).allSatisfy(kata -> {
            assertThat(kata.chapter()).as("kata %s's chapter", kata.id()).isNotNull();
            assertThat(kata.title()).as("kata %s's section", kata.id()).isNotNull();
            assertThat(kata.hints()).as("kata %s's hints", kata.id()).hasSizeGreaterThanOrEqualTo(2);
        });
        var problems = new ArrayList<String>();
        int wrong = before.chapters().stream().filter(ch -> copied(ch.number()))
                .mapToInt(ch -> WrongSolution.in(ch, problems).size()).sum();
        assertThat(made.wrongSolutions()).isEqualTo(before.chapters().stream().mapToInt(ch -> WrongSolution.in(ch, problems).size()).sum() + 2 * wrong);
        assertThat(problems).isEmpty();
        assertThat(new Contract(new Repo(into)).outdatedStubs()).isEmpty();
        int last = before.chapters().stream().mapToInt(Chapter::number).max().orElseThrow();
        int restore = 6 + DoubledBook.shift(2, last); // chapter 6, in copy 2
        assertThat(after.chapters()).extracting(Chapter::number).doesNotHaveDuplicates();
        assertThat(into.resolve("katas/src/main/java/letitcrash/copy2/restore/Backup.java")).content().contains("TODO(kata " + restore + ".1)");
        assertThat(into.resolve("book/src/docs/asciidoc/index.adoc")).content()
                .contains("include::{chapters}/ch" + restore + "-the-restore-pattern/ch" + restore + "-the-restore-pattern.adoc[]");
        assertThat(Files.exists(into.resolve(".git"))).isFalse();
        assertThat(Files.exists(into.resolve("workbook/target"))).isFalse();
    }

    private static boolean copied(int chapter) {
        return chapter >= DoubledBook.FIRST && chapter <= DoubledBook.LAST;
    }
}
