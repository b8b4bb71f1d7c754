// Chapter 1, "A bare mailbox": prints the same lines on every run, then the shell is yours.
//   ./learn jshell 1      (or see the README for plain jshell)
// tag::mailbox-start[]
import java.time.Duration;
import java.util.*;
import static java.util.stream.Collectors.*;
import letitcrash.mailbox.*;
import letitcrash.process.*;
var node = Node.start();
var shell = Shell.on(node); // the shell's own process, with a mailbox
// end::mailbox-start[]

// tag::mailbox-echo[]
record Ping(Pid from, String text) {}
Pid echo = node.spawn(() -> {
    var ping = Proc.receive(Ping.class);
    Proc.send(ping.from(), "echo: " + ping.text());
});
shell.send(echo, new Ping(shell.self(), "hello"));
var reply = shell.receive();
// end::mailbox-echo[]

// tag::mailbox-outside-a-process[]
try { Proc.receive(); }
catch (IllegalStateException e) { System.out.println(e.getMessage()); }
// end::mailbox-outside-a-process[]

// tag::mailbox-node-run[]
var answer = node.run(() -> {
    Proc.send(echo, new Ping(Proc.self(), "again")); // echo has ended: dropped
    return Proc.receive(Duration.ofMillis(50));
});
// end::mailbox-node-run[]

// tag::mailbox-send-queues[]
record Stop() {}
Pid idle = node.spawn(() -> Proc.receive(Stop.class)); // waits for a Stop, nothing else
for (var word : List.of("one", "two", "three")) node.send(idle, word);
node.messages(idle)
// end::mailbox-send-queues[]

// tag::mailbox-receive-timeout[]
var nothing = shell.receive(Duration.ofMillis(50));
shell.send(shell.self(), "already here");
var already = shell.receive(Duration.ZERO); // still takes it
// end::mailbox-receive-timeout[]

// tag::mailbox-selective[]
record A(int n) {}
record B(int n) {}
record C(int n) {}
void took(Object message) {
    var left = node.messages(Proc.self());
    System.out.println("took " + message + ", left " + left);
}
var sent = List.of(new A(1), new B(2), new A(3), new C(4));
shell.exec(() -> {
    sent.forEach(m -> Proc.send(Proc.self(), m));
    took(Proc.receive(B.class));
    took(Proc.receive(A.class, a -> a.n() > 1, Duration.ZERO));
    took(Proc.receive(B.class, b -> true, Duration.ofMillis(50)));
});
shell.flush()
// end::mailbox-selective[]

// tag::mailbox-per-pair-order[]
record Numbered(String sender, int n) {}
List<Numbered> received = new ArrayList<>(); // in the order they came: different on every run
Map<String, List<Integer>> receiveFromTwo() throws Exception {
    received.clear();
    Pid me = shell.self();
    for (var name : List.of("x", "y")) node.spawn(() -> {
        for (int i = 1; i <= 5; i++) Proc.send(me, new Numbered(name, i));
    });
    for (int i = 0; i < 10; i++) received.add((Numbered) shell.receive());
    return received.stream().collect(groupingBy(Numbered::sender, TreeMap::new, mapping(Numbered::n, toList())));
}
receiveFromTwo()
// end::mailbox-per-pair-order[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> receiveFromTwo()
        Run it three times. The two senders interleave differently each time:
        do x's 1 to 5 ever come out of order, or y's?
      jshell> shell.send(shell.self(), new B(1)); shell.send(shell.self(), new A(2));
      jshell> shell.run(() -> Proc.receive(A.class))
        Two messages wait, a B before an A. Which one does it take?
      jshell> shell.flush()
        And what is left?
      jshell> shell.receive(Duration.ofSeconds(2))
        The mailbox is empty: what comes back, and when?
      jshell> node.send(idle, new Stop())
      jshell> node.isAlive(idle)
        idle was waiting for a Stop and nothing else. Is it still there?
    """);
// end::try-it[]
