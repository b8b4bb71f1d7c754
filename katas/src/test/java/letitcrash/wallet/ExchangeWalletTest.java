package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import letitcrash.process.Exit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.task.TaskSupervisor;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wallet's risky work in a task: a payment in another currency asks the exchange for a
 * rate in a task under the task supervisor. A crash or a hang of the exchange gives the
 * caller {@code NotPaid}; the wallet keeps its pid and its balance, and nothing of the task
 * is left, in the wallet's mailbox or under the task supervisor.
 */
@Tag("ch07")
@Tag("kata-7.3")
@DisplayName("Kata 7.3: The wallet's risky work in a task")
class ExchangeWalletTest {

    @AutoClose
    private final Node node = Node.start();

    /**
     * What a payment answered, the wallet afterwards, and the tasks still under the task
     * supervisor. After a crash or a hang the count is sure: the wallet saw the task's DOWN,
     * and a process's end sends its EXIT to its links before its DOWNs to its monitors.
     */
    record After(Object answer, boolean sameWallet, BigDecimal balance, List<Object> walletMailbox, List<Pid> tasks) {

        int tasksLeft() {
            return tasks.size();
        }
    }

    /** Starts the isolated wallet's tree, pays 10.00 in, then pays {@code amount} in {@code currency}. */
    private After pay(String amount, String currency) throws Exception {
        return node.run(() -> {
            var tree = Exchanges.tree(Exchanges.isolated("wallet"));
            var wallet = Expect.whereis("wallet");
            ExchangeWallet.pay(wallet, "10.00", ExchangeWallet.HOME);
            var answer = ExchangeWallet.pay(wallet, amount, currency);
            var balance = Wallet.balance(Expect.whereis("wallet")); // after the payment, whatever it did
            var tasks = Expect.whereis(Exchanges.TASKS);
            return new After(answer, Expect.whereis("wallet").equals(wallet), balance, node.messages(wallet),
                    TaskSupervisor.children(tasks));
        });
    }

    @Test
    @DisplayName("a payment in dollars is converted at the exchange's rate")
    void aPaymentIsConverted() throws Exception {
        var after = pay("6.00", "USD");
        assertThat(after.answer()).isEqualTo(new BigDecimal("13.00"));
        assertThat(after.balance()).isEqualTo(new BigDecimal("13.00"));
        // A task that has answered ends by itself, but the task supervisor may not have seen it
        // end yet when the answer is in: in OTP as here, that is a race. So the test waits for
        // the end of each task still listed rather than counting them.
        node.run(() -> {
            for (var task : after.tasks()) {
                Expect.down(Proc.monitor(task), Threads.HANG_GUARD, "the task " + task + ", which should end once it has answered");
            }
            return null;
        });
    }

    @Test
    @DisplayName("a crash of the exchange is NotPaid; the wallet keeps its pid and its balance")
    void aCrashIsNotPaid() throws Exception {
        var after = pay("5.00", "XXX");
        assertThat(after.answer()).as("the answer to the payment").isInstanceOfSatisfying(ExchangeWallet.NotPaid.class,
                notPaid -> assertThat(notPaid.why()).contains("the exchange has no rate for XXX"));
        assertThat(after.sameWallet()).as("the wallet after the crash is the same process").isTrue();
        assertThat(after.balance()).isEqualTo(new BigDecimal("10.00"));
        assertThat(after.walletMailbox()).as("the wallet's mailbox: nothing of the task, no EXIT, no DOWN").isEmpty();
        assertThat(after.tasksLeft()).isZero();
    }

    @Test
    @DisplayName("a hang of the exchange is NotPaid within the wallet's limit, and the hung task is stopped")
    void aHangIsNotPaid() throws Exception {
        var after = pay("5.00", "ZZZ");
        assertThat(after.answer()).as("the answer to the payment").isInstanceOfSatisfying(ExchangeWallet.NotPaid.class,
                notPaid -> assertThat(notPaid.why()).contains("no rate within " + Exchanges.LIMIT.toMillis() + " ms"));
        assertThat(after.sameWallet()).isTrue();
        assertThat(after.balance()).isEqualTo(new BigDecimal("10.00"));
        assertThat(after.tasksLeft()).as("tasks still running under the task supervisor: the hung one must be stopped").isZero();
        assertThat(after.walletMailbox()).isEmpty();
    }

    @Test
    @DisplayName("a rate that comes just as the task is shut down is still paid in")
    void aRateThatComesAsTheTaskIsShutDownIsPaid() throws Exception {
        var answer = node.run(() -> {
            Exchanges.tree(new ExchangeWallet("wallet", currency -> {
                Proc.trapExits(true);
                Proc.receive(Exit.class); // the shutdown, once the wallet's limit is up; then the rate
                return new BigDecimal("0.50");
            }, Exchanges.TASKS, Exchanges.LIMIT));
            return ExchangeWallet.pay(Expect.whereis("wallet"), "6.00", "USD");
        });
        assertThat(answer).as("the answer: the result shutdown hands back is the task's result").isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    @DisplayName("a task killed from inside the exchange does not take the wallet with it: the task is not linked to the wallet")
    void theTaskIsNotLinked() throws Exception {
        var answer = node.run(() -> {
            Exchanges.tree(new ExchangeWallet("wallet", currency -> {
                throw Proc.exit(letitcrash.process.ExitReason.of("the exchange's own reason"));
            }, Exchanges.TASKS, Exchanges.LIMIT));
            var wallet = Expect.whereis("wallet");
            var watch = Proc.monitor(wallet);
            var paid = ExchangeWallet.pay(wallet, "1.00", "USD");
            return List.of(paid, Proc.awaitDown(watch, java.time.Duration.ZERO).isPresent(), Wallet.balance(wallet));
        });
        assertThat(answer.get(0)).isInstanceOfSatisfying(ExchangeWallet.NotPaid.class,
                notPaid -> assertThat(notPaid.why()).contains("the exchange's own reason"));
        assertThat(answer.subList(1, 3)).containsExactly(false, new BigDecimal("0.00"));
    }
}
