package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The transcript reads like a real jshell session; the expected text was checked against jshell 25. */
class JShellTranscriptTest {

    @Test
    void showsEachSnippetWithWhatItPrintedAndJshellsFeedback() {
        var script = """
                // a comment on its own is not a snippet
                // tag::hidden-from-the-transcript[]
                import java.time.Duration;
                // end::hidden-from-the-transcript[]
                record Ping(int n) {}
                int square(int x) {
                    return x * x;
                }
                square(12)
                System.out.println("printed " + square(3));
                String longText = "x".repeat(100);
                int counter;
                counter = 5
                counter
                int twice(int x) { return helper(x) * 2; }
                int helper(int x) { return x + 1; }
                /exit
                System.out.println("not run");
                """;

        assertThat(JShellTranscript.run(script, "")).isEqualTo("""
                jshell> import java.time.Duration;

                jshell> record Ping(int n) {}
                |  created record Ping

                jshell> int square(int x) {
                   ...>     return x * x;
                   ...> }
                |  created method square(int)

                jshell> square(12)
                $4 ==> 144

                jshell> System.out.println("printed " + square(3));
                printed 9

                jshell> String longText = "x".repeat(100);
                longText ==> "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ... xxxxxxxxxxxxxxxxxxxxxxxxx"

                jshell> int counter;
                counter ==> 0

                jshell> counter = 5
                counter ==> 5

                jshell> counter
                counter ==> 5

                jshell> int twice(int x) { return helper(x) * 2; }
                |  created method twice(int), however, it cannot be invoked until method helper(int) is declared

                jshell> int helper(int x) { return x + 1; }
                |  created method helper(int)
                """);
    }

    @Test
    void wrapsWhatTheSnippetsOfATagShowInThatTagSoTheBookCanShowItUnderTheListing() {
        var script = """
                // tag::square[]
                int square(int x) { return x * x; }
                var nine = square(3);
                System.out.println("twice: " + 2 * nine);
                // end::square[]
                var untagged = 1;
                """;

        assertThat(JShellTranscript.run(script, "")).isEqualTo("""
                jshell> int square(int x) { return x * x; }
                |  created method square(int)

                jshell> var nine = square(3);
                // tag::square[]
                nine ==> 9
                // end::square[]

                jshell> System.out.println("twice: " + 2 * nine);
                // tag::square[]
                twice: 18
                // end::square[]

                jshell> var untagged = 1;
                untagged ==> 1
                """);
    }

    @Test
    void runsTheEpilogueWithoutShowingIt() {
        assertThat(JShellTranscript.run("var x = 1;\n", "", List.of("System.out.println(x);"))).isEqualTo("""
                jshell> var x = 1;
                x ==> 1
                """);
    }

    @Test
    void failsOnNestedOrUnclosedTags() {
        assertThatThrownBy(() -> JShellTranscript.run("// tag::a[]\n// tag::b[]\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("tags do not nest");
        assertThatThrownBy(() -> JShellTranscript.run("// tag::a[]\nint x = 1;\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("ends inside this tag");
    }

    @Test
    void failsOnARejectedSnippetNamingIt() {
        assertThatThrownBy(() -> JShellTranscript.run("int x = 1;\nint y = ;\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("int y = ;")
                .hasMessageContaining("rejected");
    }

    @Test
    void failsOnACompileErrorNamingIt() {
        assertThatThrownBy(() -> JShellTranscript.run("String s = 42;\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("String s = 42;")
                .hasMessageContaining("incompatible types");
    }

    @Test
    void failsOnAnExceptionWithWhatTheSnippetPrinted() {
        assertThatThrownBy(() -> JShellTranscript.run(
                "System.out.println(\"before\"); Integer.parseInt(\"nope\");\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("Integer.parseInt(\"nope\");")
                .hasMessageContaining("java.lang.NumberFormatException");
    }

    @Test
    void failsOnAScriptThatEndsInsideASnippet() {
        assertThatThrownBy(() -> JShellTranscript.run("int f() {\n  return 1;\n", ""))
                .isInstanceOf(JShellTranscript.ScriptFailure.class)
                .hasMessageContaining("ends in the middle");
    }
}
