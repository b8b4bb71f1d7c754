package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Shell;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.wallet.Wallet.Deposited;
import letitcrash.wallet.Wallet.Refused;
import letitcrash.wallet.Wallet.State;
import letitcrash.wallet.Wallet.Withdrawn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The book's running example (chapter 3, "The running example: a wallet"): its whole contract. */
@Tag("ch03")
@DisplayName("The wallet keeps a balance, and one bad payment poisons it")
class WalletTest {

    @AutoClose
    private final Node node = Node.start();
    private final Shell shell = Shell.on(node);

    private Pid open(String balance) throws Exception {
        return shell.run(() -> GenServer.start(new Wallet(), balance));
    }

    /** A payment from the shell's process, so it arrives before the shell's next call. */
    private void pay(Pid wallet, String amount) throws Exception {
        shell.exec(() -> Wallet.deposit(wallet, amount));
    }

    @Test
    @DisplayName("payments add up, a withdrawal answers with what is left, and the balance is in cents")
    void depositsAndWithdrawals() throws Exception {
        Pid wallet = open("10");

        pay(wallet, "2.5");
        var left = shell.run(() -> Wallet.withdraw(wallet, "7.25"));

        assertThat(left).isEqualTo(new BigDecimal("5.25"));
        assertThat(shell.run(() -> Wallet.balance(wallet))).isEqualTo(new BigDecimal("5.25"));
    }

    @Test
    @DisplayName("a withdrawal larger than the balance is refused and takes nothing")
    void refusesTooLargeAWithdrawal() throws Exception {
        Pid wallet = open("10.00");

        assertThat(shell.run(() -> Wallet.withdraw(wallet, "10.01")))
                .isEqualTo(new Refused(new BigDecimal("10.01"), new BigDecimal("10.00")));
        assertThat(shell.run(() -> Wallet.balance(wallet))).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    @DisplayName("text that is not an amount crashes the wallet, and its balance goes with it")
    void badTextCrashesIt() throws Exception {
        Pid wallet = open("10.00");

        assertThatThrownBy(() -> shell.run(() -> Wallet.withdraw(wallet, "12,50")))
                .isInstanceOf(CallExit.class)
                .satisfies(e -> assertThat(((CallExit) e).why()).isInstanceOf(ExitReason.Crash.class))
                .hasMessageContaining("NumberFormatException");
        assertThat(node.isAlive(wallet)).isFalse();
    }

    @Test
    @DisplayName("a payment of a fraction of a cent goes in, and every call after it crashes")
    void aFractionOfACentIsPoison() throws Exception {
        Pid wallet = open("10.00");

        pay(wallet, "0.001");

        assertThatThrownBy(() -> shell.run(() -> Wallet.balance(wallet)))
                .isInstanceOf(CallExit.class)
                .hasMessageContaining("Rounding necessary");
        Pid restarted = open("10.001"); // what restoring the saved state would do
        assertThatThrownBy(() -> shell.run(() -> Wallet.withdraw(restarted, "1")))
                .hasMessageContaining("Rounding necessary");
    }

    @Test
    @DisplayName("amounts must be above zero")
    void refusesNonPositiveAmounts() {
        assertThatThrownBy(() -> Wallet.parse("-5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above zero");
    }

    @Test
    @DisplayName("the state is the events folded in order")
    void stateFoldsEvents() {
        var state = new State(new BigDecimal("1.00"))
                .apply(new Deposited(new BigDecimal("2.50")))
                .apply(new Withdrawn(new BigDecimal("0.50")));

        assertThat(state.balance()).isEqualByComparingTo("3.00");
    }
}
