package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the heuristic draws the line between naming a thing and giving its code. */
class HintCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"`return a + b;`", "`m -> m.n() > 1`", "`var ended = down`", "`new Down`", "`throw stop`",
            "`if (trapping)`", "`synchronized (node.lock)`", "`case TRANSIENT`", "`Proc.monitor(child)`", "`exit(pid, kill)`"})
    void aSpanWithAStatementAnArrowAKeywordOrACallWithArgumentsIsCode(String hint) {
        assertThat(HintCode.spans("Then " + hint + " does it.")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"`Down`", "`node.live`", "`reason.isClean()`", "`Optional.empty()`", "`exit/2`",
            "`+{shutdown, detail}+`", "`{EXIT, from, noproc}`", "`while`", "`signalAll()`", "`ExitReason.NOPROC`"})
    void aSpanThatNamesATypeAFieldAMethodOrATermIsNot(String hint) {
        assertThat(HintCode.spans("Look at " + hint + " in the table.")).isEmpty();
    }

    @Test
    void givesEachSpanThatIsCodeInOrder() {
        assertThat(HintCode.spans("Call `Proc.alias()`, then `Proc.send(server, request)`; `unalias(tag)` at the end."))
                .containsExactly("Proc.send(server, request)", "unalias(tag)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run server.terminate with reasonOf(failure)", "keep r >= now - maxSeconds", "return a;",
            "the state of m -> m.n()", "if (trapping) trap it", "then new Down(ref, pid) it", "when a == b", "`return a + b;` it"})
    void aTodoLineWithACallAComparisonOrAStatementGivesCode(String todo) {
        assertThat(HintCode.inPlainText("Do this: " + todo + ".")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wait for a message; if none comes, return empty.", "Stop with its reason (terminate runs).",
            "Give self {EXIT, other, noproc} when it traps exits, for ever (infinity).", "Return a new ref, or Optional.empty()."})
    void aTodoLineInPlainWordsGivesNoCode(String todo) {
        assertThat(HintCode.inPlainText(todo)).isEmpty();
    }

    @Test
    void showsTheWordsThatReadAsCodeInATodoLine() {
        assertThat(HintCode.inPlainText("Run `terminate(reason, state)`, then reply(from, value); go on."))
                .containsExactly("terminate(reason, state)", "reply(from,");
    }
}
