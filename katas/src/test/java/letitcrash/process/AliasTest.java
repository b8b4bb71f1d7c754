package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Aliases, as OTP 24 added them for calls: a ref that delivers to its maker only while it is active. */
@Tag("ch03")
@DisplayName("An alias delivers only while it is active")
class AliasTest {

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("a message through an active alias reaches the process that made it")
    void anActiveAliasDelivers() throws Exception {
        Object received = node.run(() -> {
            Ref alias = Proc.alias();
            Proc.spawn(() -> Proc.send(alias, "through the alias"));
            return Proc.receive();
        });

        assertThat(received).isEqualTo("through the alias");
    }

    @Test
    @DisplayName("after unalias, messages through the alias are dropped; the one that came before stays")
    void unaliasDropsLaterMessages() throws Exception {
        node.trace().recordMessages(true);
        List<Object> mailbox = node.run(() -> {
            Ref alias = Proc.alias();
            Proc.send(alias, "before");
            assertThat(Proc.unalias(alias)).isTrue();
            assertThat(Proc.unalias(alias)).isFalse();
            Proc.send(alias, "after");
            return node.messages(Proc.self());
        });

        assertThat(mailbox).containsExactly("before");
        assertThat(node.trace().lines()).contains(
                "alias <0.1.0> #Ref<0.1>",
                "send <0.1.0> -> <0.1.0> before",
                "unalias <0.1.0> #Ref<0.1>",
                "send <0.1.0> -> #Ref<0.1> after: inactive alias, dropped");
    }

    @Test
    @DisplayName("only the process that made an alias can deactivate it")
    void onlyTheOwnerUnaliases() throws Exception {
        Object received = node.run(() -> {
            Ref alias = Proc.alias();
            Pid test = Proc.self();
            Proc.spawn(() -> {
                Proc.send(test, Proc.unalias(alias));
                Proc.send(alias, "still active");
            });
            return List.of(Proc.receive(), Proc.receive());
        });

        assertThat(received).isEqualTo(List.of(false, "still active"));
    }

    @Test
    @DisplayName("an alias of a process that has ended delivers nothing, without error")
    void anAliasOfAnEndedProcessDropsMessages() throws Exception {
        node.trace().recordMessages(true);
        node.run(() -> {
            Pid test = Proc.self();
            Pid maker = Proc.spawn(() -> {
                Proc.send(test, Proc.alias());
                Proc.receive();
            });
            Ref alias = Proc.receive(Ref.class);
            Ref watch = Proc.monitor(maker);
            Proc.exit(maker, ExitReason.KILL);
            Expect.down(watch, Threads.HANG_GUARD, "the alias's owner after a kill");
            Proc.send(alias, "anyone there?");
            return null;
        });

        assertThat(node.trace().lines()).contains("send <0.1.0> -> #Ref<0.1> anyone there?: inactive alias, dropped");
    }
}
