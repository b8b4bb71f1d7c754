// Chapter 8, "Defensive code at the edges": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch08-defensive-code-at-the-edges/ch08-defensive-code-at-the-edges.jsh
// tag::edge-start[]
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import letitcrash.edge.*;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.supervisor.*;
import letitcrash.task.*;
import letitcrash.vendor.FxFeed;
import letitcrash.wallet.*;
var node = Node.start();
var feed = FxFeed.sandbox();                          // the vendor's library, as unreliable as they come
// end::edge-start[]

// tag::edge-amounts[]
Amount.parse("12.5")
Amount.parse("0.001")                                 // chapter 3's poison
Amount.parse("1e-3")                                  // the same poison, written another way
Amount.parse("1e999999999")                           // no decimals at all, and a billion zeros
Amount.parse("-5")
// end::edge-amounts[]

// tag::edge-feed[]
SafeRates.direct(feed, "USD")
SafeRates.direct(feed, "SEK")                         // the feed returns null
SafeRates.direct(feed, "NOK")                         // a negative rate
SafeRates.direct(feed, "DKK")                         // a quote for another currency
SafeRates.direct(feed, "CHF")                         // it throws
// end::edge-feed[]

// tag::edge-wallet[]
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE),
        List.of(TaskSupervisor.spec("tasks"), CheckedWallet.of("wallet", "tasks").spec())));
var wallet = node.whereis("wallet").orElseThrow();
node.run(() -> ExchangeWallet.pay(wallet, "10.00", "EUR"));
node.run(() -> ExchangeWallet.pay(wallet, "0.001", "EUR"));   // refused at the edge
node.run(() -> ExchangeWallet.pay(wallet, "10.00", "JPY"));   // 0.062 euros, rounded to whole cents
node.run(() -> ExchangeWallet.pay(wallet, "10.00", "NOK"));   // the feed's nonsense, refused
node.run(() -> ExchangeWallet.pay(wallet, "10.00", "ISK"));   // the feed hangs: the wallet waits 2 s
node.run(() -> Wallet.balance(wallet));
node.whereis("wallet").orElseThrow().equals(wallet)
// end::edge-wallet[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> Amount.parse(" 12.50 ")
      jshell> Amount.parse("12.50 EUR")
        Refused: should it be? Where would you accept a currency code?
      jshell> SafeRates.checked(new FxFeed.Quote("GBP", new BigDecimal("1.17000000")), "GBP")
      jshell> node.run(() -> { Wallet.deposit(wallet, "0.001"); return Wallet.balance(wallet); })
      jshell> node.trace().lines().stream().filter(line -> line.contains("refused")).forEach(System.out::println)
        A cast answers nobody: where does its refusal go?
    """);
// end::try-it[]
