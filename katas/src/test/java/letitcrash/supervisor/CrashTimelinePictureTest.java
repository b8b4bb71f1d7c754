package letitcrash.supervisor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import letitcrash.testing.Approved;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book's crash-loop timelines, drawn from {@link CrashLoop} runs as PlantUML timing
 * diagrams: the wallet's pid over time (a new one after each restart, none after a give-up),
 * and how many restarts the supervisor's window holds after each crash. Under 3 in 5 s the
 * fourth restart inside a window gives up.
 */
@Tag("ch05")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@DisplayName("Crash-loop timelines, drawn from traced runs")
class CrashTimelinePictureTest {

    private static final Pattern STARTED = Pattern.compile("supervisor \\S+ started wallet (\\S+)");
    private static final int WINDOW = 5;

    @Test
    @DisplayName("a crash every second gives up at the fourth crash")
    void everySecond() throws Exception {
        Approved.verify(timeline(Duration.ofSeconds(1), Duration.ofSeconds(12)));
    }

    @Test
    @DisplayName("a crash every five seconds is restarted forever: never more than two restarts in a window")
    void everyFiveSeconds() throws Exception {
        Approved.verify(timeline(Duration.ofSeconds(5), Duration.ofSeconds(40)));
    }

    /**
     * The diagram: at each second of a crash, the wallet's pid once the supervisor has dealt
     * with the crash (none after a give-up), and the restarts its window then holds.
     */
    static String timeline(Duration every, Duration span) throws Exception {
        var text = new StringBuilder("@startuml\nconcise \"wallet\" as W\n"
                + "robust \"restarts counted in the window (limit 3)\" as R\nR has 4,3,2,1,0\n");
        var restarts = new ArrayList<Long>();
        long second = -1;
        String wallet = null;
        for (var line : CrashLoop.run(every, span).lines()) {
            if (line.startsWith("@")) {
                if (second >= 0) {
                    text.append("W is ").append(wallet).append('\n');
                }
                second = Long.parseLong(line.substring(1));
                text.append('@').append(second).append('\n');
                continue;
            }
            var started = STARTED.matcher(line);
            if (started.matches()) {
                wallet = "\"" + started.group(1) + "\"";
            } else if (line.contains(" restarts wallet") || line.contains(" gives up")) {
                long now = second;
                restarts.add(now);
                restarts.removeIf(at -> at < now - WINDOW);
                text.append("R is ").append(restarts.size()).append('\n');
                if (line.contains(" gives up")) {
                    wallet = "{-}";
                    text.append("R -> W : gives up\n");
                    restarts.clear();
                }
            }
        }
        return text.append("W is ").append(wallet).append("\n@enduml\n").toString();
    }
}
