// Chapter 1, "A bare mailbox": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch01-a-bare-mailbox/ch01-a-bare-mailbox.jsh
// tag::mailbox-start[]
import java.time.Duration;
import java.util.*;
import static java.util.stream.Collectors.*;
import letitcrash.mailbox.*;
import letitcrash.process.*;
var node = Node.start();
// end::mailbox-start[]

// tag::mailbox-echo[]
record Ping(Pid from, String text) {}
Pid echo = node.spawn(() -> {
    var ping = Proc.receive(Ping.class);
    Proc.send(ping.from(), "echo: " + ping.text());
});
var reply = node.run(() -> { // the shell is not a process
    Proc.send(echo, new Ping(Proc.self(), "hello"));
    return Proc.receive();
});
System.out.println(echo + " replied " + reply);
// end::mailbox-echo[]

// tag::mailbox-outside-a-process[]
try { Proc.receive(); }
catch (IllegalStateException e) { System.out.println(e.getMessage()); }
// end::mailbox-outside-a-process[]

// tag::mailbox-send-queues[]
record Stop() {}
Pid idle = node.spawn(() -> Proc.receive(Stop.class)); // waits for a Stop, nothing else
for (var word : List.of("one", "two", "three")) node.send(idle, word);
System.out.println("waiting in " + idle + ": " + node.messages(idle));
// end::mailbox-send-queues[]

// tag::mailbox-receive-timeout[]
var nothing = node.run(() -> Proc.receive(Duration.ofMillis(50)));
var already = node.run(() -> {
    Proc.send(Proc.self(), "already here");
    return Proc.receive(Duration.ZERO); // still takes it
});
System.out.println(nothing + " then " + already);
// end::mailbox-receive-timeout[]

// tag::mailbox-selective[]
record A(int n) {} record B(int n) {} record C(int n) {}
void took(Object message) {
    var left = node.messages(Proc.self());
    System.out.println("took " + message + ", left " + left);
}
var sent = List.of(new A(1), new B(2), new A(3), new C(4));
var left = node.run(() -> {
    sent.forEach(m -> Proc.send(Proc.self(), m));
    took(Proc.receive(B.class));
    took(Proc.receive(A.class, a -> a.n() > 1, Duration.ZERO));
    took(Proc.receive(B.class, b -> true, Duration.ofMillis(50)));
    return node.messages(Proc.self());
});
// end::mailbox-selective[]

// tag::mailbox-per-pair-order[]
record Numbered(String sender, int n) {}
var bySender = node.run(() -> {
    Pid me = Proc.self();
    for (var name : List.of("x", "y")) node.spawn(() -> {
        for (int i = 1; i <= 5; i++) Proc.send(me, new Numbered(name, i));
    });
    var received = new ArrayList<Numbered>(); // interleaved differently on every run
    for (int i = 0; i < 10; i++) received.add((Numbered) Proc.receive());
    return received.stream().collect(groupingBy(Numbered::sender, TreeMap::new,
            mapping(Numbered::n, toList())));
});
System.out.println("in the order received, per sender: " + bySender);
// end::mailbox-per-pair-order[]

// tag::mailbox-close[]
node.close(); // ends idle, and waits; to play on: node = Node.start();
System.out.println("idle alive after close: " + node.isAlive(idle));
// end::mailbox-close[]
