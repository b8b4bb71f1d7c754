package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stub hit by a thread an earlier test left running does not fail the test running then:
 * only the current test's own stub hits count.
 */
class LeftoverStubTest {

    @TempDir
    Path root;

    @Test
    void aStubHitByAnEarlierTestsThreadDoesNotFailTheCurrentTest() throws Exception {
        TinyWorkbook.writeInto(root);
        TinyWorkbook.write(root, "katas/src/test/java/demo/LeftoverTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.CountDownLatch;
                import org.junit.jupiter.api.MethodOrderer;
                import org.junit.jupiter.api.Order;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.TestMethodOrder;
                @Tag("kata-1.1")
                @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
                class LeftoverTest {
                    static final CountDownLatch SECOND_BEGUN = new CountDownLatch(1);
                    static final CountDownLatch HIT = new CountDownLatch(1);
                    @Test @Order(1)
                    void leavesAThreadThatHitsAStubLater() {
                        Thread.ofVirtual().start(() -> {
                            try {
                                SECOND_BEGUN.await();
                            } catch (InterruptedException e) {
                                return;
                            }
                            new letitcrash.KataNotDone("a stub hit by the first test's thread");
                            HIT.countDown();
                        });
                        assertThat(Adder.add(1, 1)).isEqualTo(2);
                    }
                    @Test @Order(2)
                    void passesWhileTheFirstTestsThreadHitsAStub() throws InterruptedException {
                        SECOND_BEGUN.countDown();
                        HIT.await();
                        // The watchdog looks for a stub hit every millisecond, and interrupts a test it fails.
                        Thread.sleep(500);
                        assertThat(letitcrash.KataNotDone.latest()).isNull();
                        assertThat(Adder.add(2, 3)).isEqualTo(5);
                    }
                }
                """);
        new Contract(new Repo(root)).generate();
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", "return a + b;");
        try (var session = new Session(new Repo(root))) {
            var report = session.run(List.of("1.1"), null);
            assertThat(report.passed("1.1")).as("%s", report.of("1.1")).isTrue();
        }
    }
}
