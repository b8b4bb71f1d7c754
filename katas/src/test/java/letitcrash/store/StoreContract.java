package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promises of {@link Store} and {@link Slot}, which every store keeps: each store's test
 * extends this with a fresh store of its kind. Each race runs {@link #races()} times; for a
 * long run, {@code -Dletitcrash.storeRaces=20000 -Djunit.jupiter.execution.timeout.mode=disabled}
 * (the races' hang guards are sized for the normal count).
 */
abstract class StoreContract {

    /** Races run at once, each in a process of its own, with its own keys: a store's writes to many keys overlap. */
    static final int LANES = 4;

    @AutoClose
    final Node node = Node.start();

    /** A new store object on this test's storage, which holds nothing when the test begins: each call is as a new JVM's. */
    abstract Store store() throws Exception;

    /** Whether what {@code slot} held is let go: its lock file, its connection. */
    abstract boolean released(Slot slot) throws Exception;

    /** How many times each race runs: {@code -Dletitcrash.storeRaces}, or the store's own count, a few seconds' worth. */
    int races() {
        return Integer.getInteger("letitcrash.storeRaces", 500);
    }

    // What was written is read back.

    @Test
    @DisplayName("a key never written reads empty, and still does at its next open")
    void aNewKeyReadsEmpty() throws Exception {
        var store = store();
        assertThat(readInAProcess(store, "alice")).isEmpty();
        assertThat(readInAProcess(store, "alice")).isEmpty();
    }

    @Test
    @DisplayName("what a process writes, the next process to open the key reads; other keys keep their own")
    void theNextOpenReadsTheLastWrite() throws Exception {
        var store = store();
        writeInAProcess(store, "alice", "10.00", "12.50");
        writeInAProcess(store, "bob", "3.00");
        assertThat(readInAProcess(store, "alice")).contains("12.50");
        assertThat(readInAProcess(store, "bob")).contains("3.00");
    }

    @Test
    @DisplayName("a value outlives the node: a new node, with a new store object, reads it")
    void aValueOutlivesTheNode() throws Exception {
        try (var first = Node.start()) {
            var store = store();
            first.run(() -> {
                try (var slot = store.open("alice")) {
                    slot.write("10.00");
                }
                return null;
            });
        }
        try (var restarted = Node.start()) {
            var store = store();
            assertThat(restarted.run(() -> store.open("alice").read())).contains("10.00");
        }
    }

    @Test
    @DisplayName("text is kept as written: empty (which is not nothing), other scripts, and 100 KB")
    void keepsTextAsWritten() throws Exception {
        var store = store();
        String big = "0123456789".repeat(10_000);
        writeInAProcess(store, "empty", "");
        writeInAProcess(store, "scripts", "Grüße, 你好, 🙂, line\nbreak");
        writeInAProcess(store, "big", big);
        assertThat(readInAProcess(store, "empty")).contains("");
        assertThat(readInAProcess(store, "scripts")).contains("Grüße, 你好, 🙂, line\nbreak");
        assertThat(readInAProcess(store, "big")).contains(big);
    }

    // The slot belongs to its process.

    enum End { NORMALLY, CRASHED, KILLED }

    @ParameterizedTest(name = "a process that ended {0}")
    @EnumSource(End.class)
    @DisplayName("the runtime closes the slot of a process that ended, before its Down goes out")
    void theRuntimeClosesTheSlotOfAnEndedProcess(End end) throws Exception {
        var store = store();
        node.run(() -> {
            Pid test = Proc.self();
            Pid owner = Proc.spawn(() -> {
                Proc.send(test, store.open("alice"));
                if (Proc.receive(End.class) == End.CRASHED) { // a kill comes while it waits here
                    throw new IllegalStateException("crashed on purpose, with its slot open");
                }
            });
            var watch = Proc.monitor(owner);
            var slot = Expect.message(Slot.class, s -> true, Threads.HANG_GUARD, "the owner's slot");
            assertThat(released(slot)).as("released while its process runs").isFalse();
            if (end == End.KILLED) {
                Proc.exit(owner, ExitReason.KILL);
            } else {
                Proc.send(owner, end);
            }
            Expect.down(watch, Threads.HANG_GUARD, "the owner");
            assertThat(released(slot)).as("released when its process's Down comes").isTrue();
            return null;
        });
        assertThat(readInAProcess(store(), "alice")).isEmpty();
    }

    @Test
    @DisplayName("a later open fences the earlier slot: its write is refused, and the store keeps what the later open read")
    void aLaterOpenFencesTheEarlierSlot() throws Exception {
        var store = store();
        node.run(() -> {
            var first = store.open("alice");
            first.write("10.00");
            assertThat(readInAnotherProcess(store, "alice")).contains("10.00"); // the later open; its process then ends
            assertThatThrownBy(() -> first.write("20.00"))
                    .isInstanceOf(WriteRefused.class)
                    .hasMessageContaining("the write to the slot alice of " + store)
                    .hasMessageContaining("is refused");
            assertThat(first.read()).contains("10.00");
            return null;
        });
        assertThat(readInAProcess(store, "alice")).contains("10.00");
    }

    @Test
    @DisplayName("the later slot writes on while the fenced one is refused")
    void theLaterSlotWritesOn() throws Exception {
        var store = store();
        node.run(() -> {
            var first = store.open("alice");
            first.write("10.00");
            Pid later = Proc.spawn(() -> {
                var slot = store.open("alice");
                Proc.send(Proc.parent(), new Read(slot.read()));
                Proc.receive(String.class); // until the first slot has tried to write
                slot.write("30.00");
                Proc.send(Proc.parent(), new Read(slot.read()));
            });
            assertThat(Expect.message(Read.class, r -> true, Threads.HANG_GUARD, "the later open").value()).contains("10.00");
            assertThatThrownBy(() -> first.write("20.00"))
                    .isInstanceOf(WriteRefused.class)
                    .hasMessageContaining("a later open of the key has fenced it");
            Proc.send(later, "write");
            assertThat(Expect.message(Read.class, r -> true, Threads.HANG_GUARD, "the later write").value()).contains("30.00");
            return null;
        });
        assertThat(readInAProcess(store, "alice")).contains("30.00");
    }

    @Test
    @DisplayName("only the process that opened a slot may write through it")
    void onlyTheOwnerWrites() throws Exception {
        var store = store();
        node.run(() -> {
            var slot = store.open("alice");
            slot.write("10.00");
            Proc.spawn(() -> {
                try {
                    slot.write("99.00");
                    Proc.send(Proc.parent(), "written");
                } catch (IllegalStateException refused) {
                    Proc.send(Proc.parent(), refused);
                }
            });
            var refused = Expect.message(Object.class, m -> true, Threads.HANG_GUARD, "the other process's write");
            assertThat(refused).isInstanceOf(IllegalStateException.class).asString()
                    .contains("belongs to " + Proc.self() + ", which opened it: only it may write");
            slot.close();
            return null;
        });
        assertThat(readInAProcess(store, "alice")).contains("10.00");
    }

    @Test
    @DisplayName("a closed slot refuses writes, and closing it again does nothing")
    void aClosedSlotRefusesWrites() throws Exception {
        var store = store();
        node.run(() -> {
            var slot = store.open("alice");
            slot.write("10.00");
            slot.close();
            assertThat(released(slot)).isTrue();
            assertThatThrownBy(() -> slot.write("20.00")).isInstanceOf(WriteRefused.class).hasMessageContaining("closed");
            slot.close();
            return null;
        });
        assertThat(readInAProcess(store, "alice")).contains("10.00");
    }

    // Bad input.

    static Stream<String> keysThatAreNotPlainNames() {
        return Stream.of(null, "", ".hidden", "a/b", "../alice", "a b", "alice\u0000", "é", "k".repeat(101));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("keysThatAreNotPlainNames")
    @DisplayName("a key that is not a plain name is refused before anything is opened")
    void refusesKeysThatAreNotPlainNames(String key) throws Exception {
        var store = store();
        node.run(() -> {
            assertThatIllegalArgumentException().isThrownBy(() -> store.open(key)).withMessageContaining("a store key is a plain name");
            return null;
        });
    }

    @Test
    @DisplayName("a null value is refused, and the store keeps what it had")
    void refusesANullValue() throws Exception {
        var store = store();
        node.run(() -> {
            try (var slot = store.open("alice")) {
                slot.write("10.00");
                assertThatNullPointerException().isThrownBy(() -> slot.write(null));
                assertThat(slot.read()).contains("10.00");
            }
            return null;
        });
        assertThat(readInAProcess(store, "alice")).contains("10.00");
    }

    @RepeatedTest(3)
    @DisplayName("first opens at once, each through a store object of its own (as from new JVMs), all succeed")
    void concurrentFirstOpensAllSucceed() throws Exception {
        var keys = IntStream.range(0, 8).mapToObj(i -> "first-" + i).toList();
        var read = node.run(() -> {
            var openers = new ArrayList<Pid>();
            for (String key : keys) {
                var store = store();
                openers.add(Proc.spawn(() -> {
                    Proc.receive(String.class); // the start, sent to all at once
                    try (var slot = store.open(key)) {
                        slot.write(key);
                        Proc.send(Proc.parent(), readAndClose(store, key));
                    } catch (Exception failed) {
                        Proc.send(Proc.parent(), failed);
                    }
                }));
            }
            openers.forEach(opener -> Proc.send(opener, "go"));
            var results = new ArrayList<Object>();
            for (int i = 0; i < openers.size(); i++) {
                results.add(Expect.message(Object.class, m -> true, Threads.HANG_GUARD, "an opener's result"));
            }
            return results;
        });
        assertThat(read).containsExactlyInAnyOrderElementsOf(keys.stream().map(Optional::of).toList());
    }

    // The races: a restart's open against a write in flight.

    record Going() {}

    record Stopped(int lastWritten, Exception why) {}

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard, not a timing assertion: a busy disk makes every race slow
    @DisplayName("an open that races a writer reads exactly its last write that returned, and fences every write after")
    void anOpenRacingAWriterReadsItsLastWrite() throws Exception {
        var store = store();
        races(store, (race, random) -> {
            Pid lane = Proc.self();
            String key = "race-" + race;
            int writesFirst = random.nextInt(4);
            Proc.spawn(() -> {
                var slot = store.open(key);
                int last = 0;
                try {
                    for (int n = 1; ; n++) {
                        if (n == writesFirst + 1) {
                            Proc.send(lane, new Going());
                        }
                        slot.write(Integer.toString(n));
                        last = n;
                    }
                } catch (Exception refused) {
                    Proc.send(lane, new Stopped(last, refused));
                }
            });
            Expect.message(Going.class, g -> true, Threads.HANG_GUARD, "the writer going");
            spin(random.nextInt(5_000));
            var read = readInAnotherProcess(store, key); // the restart; it then ends, and its slot is closed
            var stopped = Expect.message(Stopped.class, s -> true, Threads.HANG_GUARD, "the writer's end");
            assertThat(stopped.why()).as("race %d", race).isInstanceOf(WriteRefused.class);
            assertThat(read).as("race %d: what the open read, against the writer's last write that returned", race)
                    .isEqualTo(written(stopped.lastWritten()));
            assertThat(readAndClose(store, key)).as("race %d: the store after both", race).isEqualTo(read);
        });
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard, not a timing assertion: a busy disk makes every race slow
    @DisplayName("a writer killed mid-write: the restart reads its last write that returned, or the one in flight, nothing else")
    void aKilledWritersLastWriteIsRead() throws Exception {
        var store = store();
        races(store, (race, random) -> {
            Pid lane = Proc.self();
            String key = "killed-" + race;
            int writesFirst = random.nextInt(4);
            var returned = new AtomicInteger();
            Pid writer = Proc.spawn(() -> {
                var slot = store.open(key);
                for (int n = 1; ; n++) {
                    if (n == writesFirst + 1) {
                        Proc.send(lane, new Going());
                    }
                    slot.write(Integer.toString(n));
                    returned.set(n);
                }
            });
            var watch = Proc.monitor(writer);
            Expect.message(Going.class, g -> true, Threads.HANG_GUARD, "the writer going");
            spin(random.nextInt(5_000));
            Proc.exit(writer, ExitReason.KILL);
            assertThat(Expect.down(watch, Threads.HANG_GUARD, "the killed writer").reason()).isEqualTo(ExitReason.KILLED);
            int acknowledged = returned.get(); // its thread may yet record one more that returned
            var read = readAndClose(store, key).map(Integer::parseInt).orElse(0);
            assertThat(read).as("race %d: what the restart read, against the last write that returned", race)
                    .isBetween(acknowledged, acknowledged + 1);
        });
    }

    /** One race, run in a lane's process: {@code race} numbers it, {@code random} picks its moments. */
    interface Race {
        void run(int race, Random random) throws Exception;
    }

    /**
     * Runs races 0 to {@link #races()} - 1 in {@link #LANES} processes at once, each its share in
     * turn, while the test process holds a slot of its own; the first failed race fails the test.
     */
    void races(Store store, Race race) throws Exception {
        int races = races();
        node.run(() -> {
            store.open("bystander"); // held to the end, as a node's other processes hold theirs: SQLite then keeps its
                                     // log open, where a last connection's close would empty it into the file each race
            var lanes = new ArrayList<Ref>();
            for (int lane = 0; lane < LANES; lane++) {
                int first = lane;
                lanes.add(Proc.monitor(Proc.spawn(() -> {
                    var random = new Random(first);
                    for (int r = first; r < races; r += LANES) {
                        race.run(r, random);
                    }
                })));
            }
            for (var lane : lanes) {
                var down = Proc.awaitDown(lane, Duration.ofDays(1)).orElseThrow(); // the test's @Timeout guards this
                if (down.reason() instanceof ExitReason.Crash(Throwable failed)) {
                    throw new AssertionError("a race failed in " + down.pid() + ": " + failed.getMessage(), failed);
                }
                assertThat(down.reason()).isEqualTo(ExitReason.NORMAL);
            }
            return null;
        });
    }

    private static Optional<String> written(int n) {
        return n == 0 ? Optional.empty() : Optional.of(Integer.toString(n));
    }

    private static void spin(int times) {
        for (int i = 0; i < times; i++) {
            Thread.onSpinWait();
        }
    }

    record Read(Optional<String> value) {}

    /** From a process: what a new process that opens {@code key} reads there; the new process then ends. */
    static Optional<String> readInAnotherProcess(Store store, String key) throws Exception {
        Proc.spawn(() -> Proc.send(Proc.parent(), new Read(store.open(key).read())));
        return Expect.message(Read.class, r -> true, Threads.HANG_GUARD, "what the new process read").value();
    }

    /** Opens {@code key} in the calling process, reads it, and closes the slot. */
    static Optional<String> readAndClose(Store store, String key) throws Exception {
        try (var slot = store.open(key)) {
            return slot.read();
        }
    }

    Optional<String> readInAProcess(Store store, String key) throws Exception {
        return node.run(() -> readAndClose(store, key));
    }

    void writeInAProcess(Store store, String key, String... values) throws Exception {
        node.run(() -> {
            var slot = store.open(key); // left open: the runtime closes it when the process ends
            for (String value : values) {
                slot.write(value);
                assertThat(slot.read()).contains(value);
            }
            assertThat(slot.key()).isEqualTo(key);
            return null;
        });
    }
}
