package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 10.2: the journal answers an append only once it is forced, and forces once for all
 * the appends that gathered while the last force ran (group commit).
 */
@Tag("ch10")
@Tag("kata-10.2")
@DisplayName("10.2 Group commit: one force for many appends, no answer before it")
class GroupCommitTest {

    private static final String SECTION = "(book: chapter 10, Kata 10.2)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    private final Forcers.Counting forcer = new Forcers.Counting();

    private void startJournal() throws InterruptedException {
        Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", folder.resolve("j.journal"), forcer)));
    }

    /** Starts processes {@code first} to {@code last} that each append one event to its own stream and send the entry back. */
    private static List<Pid> appenders(int first, int last) {
        var self = Proc.self();
        var started = new ArrayList<Pid>();
        for (int i = first; i <= last; i++) {
            String stream = "wallet-" + i;
            started.add(Proc.spawn(() -> Proc.send(self, EventJournal.append("journal", stream, "Deposited 1.00"))));
        }
        return started;
    }

    // tag::group-commit[]
    @Test
    @DisplayName("10.2 sixteen appends made while a force runs are forced together, once, and all answered")
    void appendsThatGatherAreForcedOnce() throws Exception {
        var entries = node.run(() -> {
            startJournal();
            var held = forcer.holdNext();
            appenders(1, 1);                                    // its force is held...
            assertThat(held.await(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)).as("the first append's force").isTrue();
            int before = forcer.forces();
            appenders(2, 16);                                   // ...while fifteen more gather
            assertThat(Threads.eventually(() -> journalHolds(15))).as("the fifteen appends wait in the journal's mailbox").isTrue();
            forcer.release();
            var answers = new ArrayList<EventJournal.Entry>();
            for (int i = 0; i < 16; i++) {
                answers.add(Proc.receive(EventJournal.Entry.class));
            }
            assertThat(forcer.forces() - before).as("forces for the fifteen appends that gathered while the first was"
                    + " forced: one batch, one force " + SECTION).isEqualTo(1);
            return answers;
        });
        assertThat(entries).as("every appender is answered with its event as stored " + SECTION).hasSize(16)
                .allSatisfy(entry -> assertThat(entry.seq()).isEqualTo(1));
        assertThat(entries.stream().map(EventJournal.Entry::end).distinct().count()).as("each its own offset " + SECTION)
                .isEqualTo(16);
        assertThat(entries.stream().mapToLong(EventJournal.Entry::end).max().orElseThrow())
                .as("the last offset is the file's end " + SECTION).isEqualTo(Files.size(folder.resolve("j.journal")));
    }
    // end::group-commit[]

    /** Whether the journal's mailbox holds {@code appends} appends: they have gathered behind the held force. */
    private boolean journalHolds(int appends) {
        return node.whereis("journal").map(journal -> node.messages(journal).size() >= appends).orElse(false);
    }

    @Test
    @DisplayName("10.2 an append whose force fails is never answered: the journal crashes, and the call exits")
    void noAnswerWithoutAForce() throws Exception {
        node.run(() -> {
            startJournal();
            int forced = forcer.forced(); // opening the journal forces too
            EventJournal.append("journal", "wallet", "Deposited 10.00");
            // Its force has ended before the next is made to fail: a journal that answers before it
            // forces would otherwise fail this first force, or not, as the threads fall.
            assertThat(Threads.eventually(() -> forcer.forced() > forced)).as("the first append's force").isTrue();
            forcer.failNext();
            var answer = catchThrowable(() -> EventJournal.append("journal", "wallet", "Deposited 2.50"));
            assertThat(answer).as("the force of this append failed: an answer now would be a promise the disk did not"
                    + " keep " + SECTION).isInstanceOf(CallExit.class);
            return null;
        });
    }

    @Test
    @DisplayName("10.2 a lone append is forced and answered at once, and read back with its number")
    void aLoneAppendIsAnsweredAtOnce() throws Exception {
        var read = node.run(() -> {
            startJournal();
            var first = EventJournal.append("journal", "wallet", "Deposited 10.00");
            var second = EventJournal.append("journal", "wallet", "Withdrawn 4.00");
            assertThat(List.of(first.seq(), second.seq())).as("numbers in the stream " + SECTION).containsExactly(1L, 2L);
            return EventJournal.read("journal", "wallet", 0);
        });
        assertThat(read).extracting(EventJournal.Entry::event).as("what is read back " + SECTION)
                .containsExactly("Deposited 10.00", "Withdrawn 4.00");
    }
    @Test
    @DisplayName("10.2 after a torn tail is cut, the next append is the next number, and is read back")
    void anAppendAfterACutTail() throws Exception {
        var file = folder.resolve("j.journal");
        var read = node.run(() -> {
            startJournal();
            EventJournal.append("journal", "wallet", "Deposited 10.00");
            EventJournal.append("journal", "wallet", "Deposited 2.50");
            return null;
        });
        node.close();
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3); // the second append torn, as a crash before its force would leave it
        }
        try (var again = Node.start()) {
            var events = again.run(() -> {
                startJournal();
                assertThat(EventJournal.append("journal", "wallet", "Deposited 1.00").seq())
                        .as("the torn event never counted: the next is number 2 " + SECTION).isEqualTo(2);
                return EventJournal.read("journal", "wallet", 0).stream().map(EventJournal.Entry::event).toList();
            });
            assertThat(events).as("the events after the cut and one append " + SECTION)
                    .containsExactly("Deposited 10.00", "Deposited 1.00");
        }
    }
}
