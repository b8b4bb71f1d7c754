// Chapter 2, "Processes, links and exit signals": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch02-processes-links-and-exit-signals/ch02-processes-links-and-exit-signals.jsh
// tag::process-start[]
import java.time.Duration;
import letitcrash.process.*;
var node = Node.start();

Down downOf(Ref ref) throws InterruptedException { // the DOWN of this monitor, no other
    return Proc.receive(Down.class, d -> d.ref().equals(ref), Duration.ofSeconds(5)).orElseThrow();
}
ExitReason endOf(ProcessBody body) throws Exception { // runs body in a new process: why did it end?
    return node.run(() -> {
        Pid pid = Proc.spawn(() -> { Proc.receive(); body.run(); });
        Ref ref = Proc.monitor(pid);
        Proc.send(pid, "go"); // only now, so it cannot end before the monitor is in place
        return downOf(ref).reason();
    });
}
// end::process-start[]

// tag::links-crash[]
void crashOnWork() throws Exception { Proc.receive(); throw new IllegalStateException("boom"); }
System.out.println("the partner ended with " + endOf(() -> {
    Pid worker = Proc.spawnLink(() -> crashOnWork());
    Proc.send(worker, "work");
    Proc.receive(); // never returns: the worker's crash ends this process first
}));
// end::links-crash[]

// tag::links-trap[]
System.out.println("the trapping partner got " + node.run(() -> {
    Proc.trapExits(true);
    Pid worker = Proc.spawnLink(() -> crashOnWork());
    Proc.send(worker, "work");
    return Proc.receive(Exit.class);
}));
// end::links-trap[]

// tag::links-normal[]
System.out.println(node.run(() -> {
    Pid quick = Proc.spawnLink(Proc::receive); // ends normal on its first message
    Ref ref = Proc.monitor(quick);
    Proc.send(quick, "done");
    return quick + " ended " + downOf(ref).reason() + ", " + Proc.self() + " runs on";
}));
// end::links-normal[]

// tag::exit-kill[]
System.out.println("exit(self, kill) while trapping: " + endOf(() -> {
    Proc.trapExits(true); // no help against exit(pid, kill)
    Proc.exit(Proc.self(), ExitReason.KILL);
    Proc.receive(); // throws: a process that has ended cannot receive
}));
System.out.println("the partner of a process that exits with kill: " + endOf(() -> {
    Proc.spawnLink(() -> { throw Proc.exit(ExitReason.KILL); });
    Proc.receive();
}));
// end::exit-kill[]

// tag::monitor-down[]
System.out.println(node.run(() -> {
    Pid target = Proc.spawn(() -> crashOnWork());
    Ref first = Proc.monitor(target);
    Ref second = Proc.monitor(target); // monitors stack
    Proc.send(target, "work");
    return downOf(first) + "\n" + downOf(second);
}));
System.out.println(node.run(() -> {
    Pid brief = Proc.spawn(() -> {});
    downOf(Proc.monitor(brief)); // after this, brief has ended for sure
    return downOf(Proc.monitor(brief));
}));
// end::monitor-down[]

// tag::monitor-flush[]
System.out.println(node.run(() -> {
    Pid target = Proc.spawn(Proc::receive);
    Ref ref = Proc.monitor(target);
    Proc.exit(target, ExitReason.SHUTDOWN); // handled before exit returns: the DOWN is here
    var before = node.messages(Proc.self());
    Proc.demonitor(ref, true);
    return before + " then, flushed: " + node.messages(Proc.self());
}));
// end::monitor-flush[]

// tag::trace-print[]
var traced = Node.start(); // a fresh node, so that its trace tells one story
traced.trace().recordMessages(true);
traced.run(() -> {
    Proc.trapExits(true);
    Proc.send(Proc.spawnLink(() -> crashOnWork()), "work");
    Proc.receive(Exit.class);
    return traced.trace().lines(); // read before this process ends: the same on every run
}).forEach(System.out::println);
// end::trace-print[]

traced.close(); // it has told its story; node runs on

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> endOf(() -> Proc.exit(Proc.self(), ExitReason.SHUTDOWN))
      jshell> endOf(() -> Proc.exit(Proc.self(), ExitReason.NORMAL))
        Which of the two would a linked partner that does not trap exits die of?
      jshell> var shell = Shell.on(node);
      jshell> Pid w = shell.run(() -> Proc.spawnLink(() -> crashOnWork()));
      jshell> shell.self()
      jshell> node.send(w, "work")
      jshell> shell.self()
        The worker crashed, linked to the shell's process. Same pid as before?
      jshell> shell.flush()
        Did anything arrive in the new process's mailbox?
    """);
// end::try-it[]
