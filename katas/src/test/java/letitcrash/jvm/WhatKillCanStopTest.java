package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@code kill} can stop inside one JVM (ADR 0003): a process waiting in receive, by
 * interrupting its thread; not a thread that never looks at its interrupt, which runs on
 * after the node has ended its process. For that, the hard kill is a child JVM's SIGKILL
 * ({@link HardKillTest}).
 */
@Tag("ch02")
@DisplayName("What kill can stop on a JVM")
class WhatKillCanStopTest {

    @Test
    @DisplayName("a process waiting in receive is stopped: the code after its receive never runs")
    void killStopsAProcessWaitingInReceive() {
        var ranOn = new AtomicBoolean();
        try (var node = Node.start()) {
            Pid waiting = node.spawn(() -> {
                Proc.receive();
                ranOn.set(true);
            });

            node.exit(waiting, ExitReason.KILL);
        } // close waits for every process's thread to finish
        assertThat(ranOn).isFalse();
    }

    @Test
    @DisplayName("a busy loop that never checks runs on after kill, though the node has ended its process")
    void aBusyLoopRunsOnAfterKill() {
        var laps = new AtomicLong();
        var running = new AtomicBoolean(true); // what stops it in the end: its own check, never the kill
        try (var node = Node.start()) {
            Pid busy = node.spawn(() -> {
                while (running.get()) {
                    laps.incrementAndGet();
                }
            });
            assertThat(Threads.eventually(() -> laps.get() > 0)).as("the loop started").isTrue();

            node.exit(busy, ExitReason.KILL);
            long lapsWhenKilled = laps.get();

            assertThat(node.isAlive(busy)).as("the node has ended the process").isFalse();
            assertThat(Threads.eventually(() -> laps.get() > lapsWhenKilled)).as("its thread runs on").isTrue();
            running.set(false);
        }
    }
}
