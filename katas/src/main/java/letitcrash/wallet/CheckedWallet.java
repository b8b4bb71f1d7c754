package letitcrash.wallet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import letitcrash.edge.Amount;
import letitcrash.edge.Checked;
import letitcrash.edge.SafeRates;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.server.From;
import letitcrash.vendor.FxFeed;

/**
 * Chapter 8's wallet: chapter 7's, with every input checked at the edge before it can
 * become state. An amount is {@link Amount#parse checked} as typed, a rate is asked of the
 * vendor's feed the {@link SafeRates safe} way, and the converted amount is rounded to whole
 * cents. What fails a check is an expected error: a call is answered
 * {@link ExchangeWallet.NotPaid}, a cast is refused and recorded in the trace, and the state
 * stays as it was. Everything else is a bug, and crashes the wallet, as it should.
 *
 * @param name the name the wallet is registered as
 * @param feed the vendor's exchange-rate feed
 * @param tasks the name of the task supervisor the feed is called under
 * @param limit how long the wallet waits for a quote
 */
public record CheckedWallet(String name, FxFeed feed, String tasks, Duration limit) implements WalletServer {

    /** What the trace records of a cast the wallet refused: a cast answers nobody, so this is how it shows. */
    public record Refused(String wallet, Object request, String why) implements TraceEvent {
        @Override
        public String line() {
            return wallet + " refused " + request + ": " + why;
        }
    }

    /** A wallet on the vendor's sandbox feed, with the task supervisor {@code tasks} and the usual limit. */
    public static CheckedWallet of(String name, String tasks) {
        return new CheckedWallet(name, FxFeed.sandbox(), tasks, SafeRates.LIMIT);
    }

    @Override
    public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) throws Exception {
        if (request instanceof ExchangeWallet.Pay pay) {
            return pay(pay, state);
        }
        return WalletServer.super.handleCall(request, from, state);
    }

    @Override
    public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
        if (request instanceof Wallet.Deposit(String text) && Amount.parse(text) instanceof Checked.Invalid<BigDecimal>(String why)) {
            Proc.record(new Refused(name, request, why));
            return new NoReply<>(state);
        }
        return WalletServer.super.handleCast(request, state);
    }

    /**
     * Checks the amount, then the rate, then the converted amount, and pays it in; the first
     * check that fails is the answer, and the state stays as it was.
     */
    private CallResult<Wallet.State> pay(ExchangeWallet.Pay pay, Wallet.State state) throws InterruptedException {
        // TODO(kata 8.3): Check the amount as typed, then the rate (none is asked for the wallet's own currency), then the amount in euros rounded to whole cents (a half cent to the even cent, as banks round), which must still be above zero; answer the first failure as NotPaid with the state as it was, and pay the rest in.
        throw new letitcrash.KataNotDone("kata 8.3 is not done yet (book: chapter 8, Kata 8.3)");
    }

    private static CallResult<Wallet.State> notPaid(ExchangeWallet.Pay pay, String why, Wallet.State state) {
        return new Reply<>(new ExchangeWallet.NotPaid(pay.amount(), pay.currency(), why), state);
    }
}
