package letitcrash.restore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.supervisor.ChildInfo;
import letitcrash.supervisor.Supervisor;
import letitcrash.supervisor.SupervisorEvent;
import letitcrash.testing.Approved;
import letitcrash.testing.SequenceDiagram;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The chapter's pictures, drawn as PlantUML from runs: case 2's timeline, case 4's tree, case 5's kill. */
@Tag("ch06")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@DisplayName("Chapter 6 pictures, drawn from runs")
class RestorePicturesTest {

    private static final Pattern TICK = Pattern.compile("@(\\d+) s: balance\\?");
    private static final Pattern STARTED = Pattern.compile("supervisor \\S+ started wallet (\\S+)");
    private static final Pattern STORED = Pattern.compile("backup stored wallet: State\\[balance=(\\S+)]");

    @Test
    @DisplayName("case 2's timeline: a new wallet every 5 s, the backup holding the poison throughout")
    void crashLoopTimeline() throws Exception {
        // At each tick the wallet crashes and a new one starts in the same instant: the later state of the instant wins.
        var states = new java.util.TreeMap<Long, Map<String, String>>();
        long now = 0;
        for (String line : ForeverTest.callsEvery(ForeverTest.EVERY, Duration.ofSeconds(30)).lines()) {
            var tick = TICK.matcher(line);
            var started = STARTED.matcher(line);
            var stored = STORED.matcher(line);
            if (tick.matches()) {
                now = Long.parseLong(tick.group(1));
            } else if (started.matches()) {
                states.computeIfAbsent(now, t -> new java.util.TreeMap<>()).put("W", started.group(1));
            } else if (stored.matches()) {
                states.computeIfAbsent(now, t -> new java.util.TreeMap<>()).put("B", stored.group(1));
            }
        }
        var uml = new StringBuilder("@startuml\nconcise \"wallet process\" as W\nconcise \"backup holds\" as B\n");
        states.forEach((second, changes) -> {
            uml.append('@').append(second).append('\n');
            changes.forEach((who, what) -> uml.append(who).append(" is \"").append(what).append("\"\n"));
        });
        Approved.verify(uml.append("@enduml\n").toString());
    }

    @Test
    @DisplayName("case 4's tree, before and after the give-up: each wallet's end, and its place in the stopping order")
    void treeBeforeAndAfter() throws Exception {
        try (var node = Node.start(new ManualClock())) {
            Approved.verify(node.run(() -> {
                Rig.backup();
                var supervisor = Rig.wallets(IntStream.rangeClosed(1, 10).mapToObj(i -> new RestoredWallet("wallet-" + i).spec()).toList());
                var before = Supervisor.whichChildren(supervisor).reversed(); // drawn in start order; OTP answers newest first
                Wallet.deposit(Rig.whereis("wallet-4"), "0.001");
                for (int call = 1; call <= 4; call++) {
                    Rig.balance("wallet-4");
                    Rig.settle(supervisor);
                }
                var stopped = node.trace().events().stream().filter(SupervisorEvent.ChildStopped.class::isInstance)
                        .map(e -> ((SupervisorEvent.ChildStopped) e).id()).toList();
                return tree("before: every wallet running", before, id -> "running") + tree("after the give-up", before,
                        id -> stopped.contains(id) ? "stopped " + (stopped.indexOf(id) + 1) + ": shutdown" : "crash loop: given up");
            }));
        }
    }

    private static String tree(String title, List<ChildInfo> children, java.util.function.Function<String, String> state) {
        var text = new StringBuilder("@startmindmap\ntitle " + title + "\n* supervisor\n");
        for (var child : children) {
            String shown = state.apply(child.id());
            text.append(shown.equals("running") ? "**" : shown.startsWith("crash") ? "**[#FFAAAA]" : "**[#DDDDDD]")
                    .append(' ').append(child.id()).append(": ").append(shown).append('\n');
        }
        return text.append("@endmindmap\n").toString();
    }

    @Test
    @DisplayName("case 5's sequence: an acknowledged deposit, a kill, and a restart that fetches nothing")
    void killSequence() throws Exception {
        try (var node = Node.start(new ManualClock())) {
            Approved.verify(node.run(() -> {
                var backups = Rig.backup();
                var supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
                var first = Rig.whereis("wallet");
                int from = node.trace().events().size();
                node.trace().recordMessages(true);
                Wallet.deposit(first, "1.00");
                Rig.balance("wallet");
                Rig.end(supervisor, first, ExitReason.KILL);
                Rig.balance("wallet");
                node.trace().recordMessages(false);
                var names = Map.of(Proc.self().toString(), "test", backups.toString(), "backup's supervisor",
                        Rig.whereis(Backup.NAME).toString(), "backup", supervisor.toString(), "wallet's supervisor",
                        first.toString(), "wallet", Rig.whereis("wallet").toString(), "new wallet");
                var events = node.trace().events();
                // Left out, because they race with the restart: the test's Down and its call to the supervisor.
                String test = Proc.self().toString();
                return SequenceDiagram.of(SequenceDiagram.causal(events.subList(from, events.size()),
                        line -> line.contains(test) && line.contains(supervisor.toString()) || line.contains("{DOWN,")), names);
            }));
        }
    }
}
