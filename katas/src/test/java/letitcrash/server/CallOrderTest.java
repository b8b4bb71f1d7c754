package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ch03")
@DisplayName("A call's trace is compared in one canonical order")
class CallOrderTest {

    @Test
    @DisplayName("an alias made before the monitor gives the same trace as one made after it")
    void aliasFirstEqualsMonitorFirst() {
        var monitorFirst = List.of("monitor <0.1.0> <0.2.0> #Ref<0.2>", "alias <0.1.0> #Ref<0.3>",
                "send <0.1.0> -> <0.2.0> {call, {<0.1.0>, #Ref<0.3>}, get}", "unalias <0.1.0> #Ref<0.3>");
        var aliasFirst = List.of("alias <0.1.0> #Ref<0.2>", "monitor <0.1.0> <0.2.0> #Ref<0.3>",
                "send <0.1.0> -> <0.2.0> {call, {<0.1.0>, #Ref<0.2>}, get}", "unalias <0.1.0> #Ref<0.2>");

        assertThat(CallOrder.canonical(aliasFirst)).isEqualTo(CallOrder.canonical(monitorFirst)).isEqualTo("""
                monitor <0.1.0> <0.2.0> #Ref<0.1>
                alias <0.1.0> #Ref<0.2>
                send <0.1.0> -> <0.2.0> {call, {<0.1.0>, #Ref<0.2>}, get}
                unalias <0.1.0> #Ref<0.2>
                """);
    }

    @Test
    @DisplayName("an alias that is not followed by a monitor of the same process stays where it is")
    void otherLinesKeepTheirOrder() {
        var lines = List.of("alias <0.1.0> #Ref<0.1>", "monitor <0.3.0> <0.2.0> #Ref<0.2>");

        assertThat(CallOrder.canonical(lines)).isEqualTo(String.join("\n", lines) + "\n");
    }
}
