package letitcrash.supervisor;

import java.time.Duration;
import java.util.Optional;
import letitcrash.process.Down;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;

/**
 * How a supervisor stops one child, OTP's {@code supervisor:shutdown/2}: by a monitor and
 * {@code exit/2}, waiting for the child's {@link Down}, never for its {@link Exit}, so a
 * child that unlinked itself cannot hang its supervisor. Every wait reads the node's clock.
 */
final class ChildStop {

    private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

    private ChildStop() {}

    /**
     * Stops {@code child} as {@code shutdown} says and returns once it has ended, with the
     * reason it ended with: {@code shutdown} if it ended in time (its terminate ran if it traps
     * exits), {@code killed} if it was killed.
     */
    static ExitReason stop(Pid child, Shutdown shutdown) throws InterruptedException {
        // region kata 4.3: Stop the child as its shutdown says, and come back once it has ended, with the reason it ended with, even when the child has cut its link. Its end must leave no exit message behind.
        // tag::child-stop[]
        Ref watch = Proc.monitor(child);
        Proc.unlink(child);
        Proc.receive(Exit.class, exit -> exit.from().equals(child), Duration.ZERO);
        return switch (shutdown) {
            case Shutdown.BrutalKill _ -> kill(child, watch);
            case Shutdown.Infinity _ -> {
                Proc.exit(child, ExitReason.SHUTDOWN);
                yield down(watch, FOREVER).orElseThrow();
            }
            case Shutdown.Timeout(Duration time) -> {
                Proc.exit(child, ExitReason.SHUTDOWN);
                var ended = down(watch, time);
                yield ended.isPresent() ? ended.get() : kill(child, watch);
            }
        };
        // end::child-stop[]
        // endregion
    }

    private static ExitReason kill(Pid child, Ref watch) throws InterruptedException {
        Proc.exit(child, ExitReason.KILL);
        return down(watch, FOREVER).orElseThrow();
    }

    private static Optional<ExitReason> down(Ref watch, Duration timeout) throws InterruptedException {
        return Proc.awaitDown(watch, timeout).map(Down::reason);
    }
}
