package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ch02")
@DisplayName("A trace keeps its newest lines")
class TraceTest {

    record Note(String line) implements TraceEvent {}

    @Test
    @DisplayName("past Trace.KEEP lines, the oldest go and are counted")
    void keepsTheNewestLinesAndCountsTheDropped() {
        var trace = new Trace();
        for (int i = 0; i < Trace.KEEP + 3; i++) {
            trace.record(new Note("line " + i));
        }

        assertThat(trace.lines()).hasSize(Trace.KEEP).startsWith("line 3").endsWith("line " + (Trace.KEEP + 2));
        assertThat(trace.dropped()).isEqualTo(3);
        assertThat(trace.toString()).startsWith("(3 earlier lines dropped)\nline 3\n");
    }
}
