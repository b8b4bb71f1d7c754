// Chapter 7, "Isolating failures with tasks": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch07-isolating-failures-with-tasks/ch07-isolating-failures-with-tasks.jsh
// tag::task-start[]
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.supervisor.*;
import letitcrash.task.*;
import letitcrash.wallet.*;
var node = Node.start();
// end::task-start[]

// tag::task-await[]
node.run(() -> Task.async(() -> 6 * 7).await());
node.run(() -> {
    Proc.trapExits(true);                             // the task's crash comes to us as a message
    var task = Task.async(() -> Integer.parseInt("forty-two"));
    try {
        return task.await();
    } catch (TaskExit exit) {
        return List.of("await exited: " + exit.why(), "the mailbox holds " + Proc.messages());
    }
});
// end::task-await[]

// tag::wallet-start[]
BigDecimal rate(String currency) throws InterruptedException {   // the exchange: a service we do not control
    return switch (currency) {
        case "USD" -> new BigDecimal("0.50");
        case "ZZZ" -> Proc.receive(BigDecimal.class, answer -> false, GenServer.INFINITY).orElseThrow(); // never answers
        default -> throw new IllegalArgumentException("no rate for " + currency);
    };
}
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE),
        List.of(TaskSupervisor.spec("tasks"), ExchangeWallet.isolated("wallet", c -> rate(c), "tasks").spec())));
var first = node.whereis("wallet").orElseThrow();
// end::wallet-start[]

// tag::wallet-isolated[]
node.run(() -> ExchangeWallet.pay(first, "12.50", "EUR"));
node.run(() -> ExchangeWallet.pay(first, "10.00", "USD"));
node.run(() -> ExchangeWallet.pay(first, "5.00", "GBP"));    // the exchange crashes
node.run(() -> ExchangeWallet.pay(first, "5.00", "ZZZ"));    // the exchange hangs: the wallet waits 2 s
node.run(() -> Wallet.balance(first));
node.whereis("wallet").orElseThrow().equals(first)
// end::wallet-isolated[]

// tag::wallet-poison[]
node.run(() -> {
    try {
        return ExchangeWallet.pay(first, "0.001", "EUR");   // converts without a crash
    } catch (CallExit crashed) {
        return "the call exited: " + crashed.why();
    }
});
node.run(() -> {
    Supervisor.countChildren(tree);                       // answered once it has restarted the wallet
    return Wallet.balance(node.whereis("wallet").orElseThrow());
});
// end::wallet-poison[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> node.run(() -> { var t = Task.async(() -> { Thread.sleep(50); return "late"; }); return t.yield(Duration.ofMillis(10)); })
        Nothing yet. What does a second yield give, and what would await have done?
      jshell> node.run(() -> Task.asyncStream(List.of(1, 2, 3, 4), i -> i * i, 2, Duration.ofSeconds(1)))
      jshell> var tasks = node.whereis("tasks").orElseThrow();
      jshell> node.run(() -> TaskSupervisor.asyncNolink(tasks, () -> Integer.parseInt("x")).yield(Duration.ofSeconds(1)))
      jshell> node.run(() -> { Proc.trapExits(true); var t = Task.async(() -> Integer.parseInt("x")); try { return t.await(); } catch (TaskExit e) { return Proc.messages(); } })
        Await exited, and something came anyway: from which process, and why would it end one that does not trap exits?
    """);
// end::try-it[]
