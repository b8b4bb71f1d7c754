package letitcrash.workbook;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Ends each kata test at the first of three things: it returns or throws; a kata stub is
 * hit in a thread of the test's (a {@code letitcrash.KataNotDone} is made, which records itself;
 * a thread an earlier test left running is not the test's); or the
 * test's time limit passes. The test runs on a thread of its own while the watchdog's thread
 * waits for it, looking for a recorded stub every few milliseconds.
 *
 * <p>Registered through {@code META-INF/services} and JUnit's extension autodetection,
 * which {@link KataRunner} turns on. A test that ran out of time is left running (Java cannot
 * stop a thread): {@link #ranAway()} says so, and the worker JVM it ran in is then replaced.
 */
public final class Watchdog implements InvocationInterceptor {

    /**
     * A test's time limit where the test sets none of its own ({@code @Timeout}, on its method or
     * class); tests of the tool lower it with {@code -Dworkbook.testLimit=2s}.
     */
    static final Duration LIMIT = Duration.parse("PT" + System.getProperty("workbook.testLimit", "10s"));
    private static final long LOOK_EVERY_MILLIS = 1;

    /** Set once a test has been left running; never cleared, since its thread may still run. */
    private static volatile boolean ranAway;

    /**
     * Told of a test left running (its display name, and the failure), before JUnit goes on: a
     * worker reports it and ends there, since the test's teardown (closing a node whose process
     * still spins, say) may never end. Null in the tool's own JVM.
     */
    static volatile BiConsumer<ExtensionContext, AssertionError> onRanAway;

    /** Told of a test's own limit, when it sets one longer than {@link #LIMIT}, as the test starts. Null in the tool's JVM. */
    static volatile Consumer<Duration> onLongerLimit;

    /** The time limit of the test in {@code context}: its own {@code @Timeout}, or else {@link #LIMIT}. */
    static Duration limit(ExtensionContext context) {
        var own = context.getTestMethod().map(method -> method.getAnnotation(Timeout.class))
                .or(() -> context.getTestClass().map(type -> type.getAnnotation(Timeout.class)));
        return own.map(timeout -> Duration.of(timeout.value(), timeout.unit().toChronoUnit())).orElse(LIMIT);
    }

    /** Whether a test of this JVM has been left running: the JVM is no longer fit to run tests. */
    static boolean ranAway() {
        return ranAway;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> test, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        watch(test, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> test, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        watch(test, context);
    }

    /**
     * Whether a kata whose test gave up waiting (a {@link TimeoutException} of the test's own
     * guard) has its later tests failed at once, unrun: they would most likely wait out their
     * guards too, one after another. A worker turns it on; the contract, which needs every
     * test's own verdict, does not.
     */
    static volatile boolean failFast;
    /** The kata tags of this run whose tests gave up waiting. */
    private static final Set<String> HUNG = ConcurrentHashMap.newKeySet();

    /** Forgets the katas that hung: a new run starts. */
    static void newRun() {
        HUNG.clear();
    }

    private static void watch(Invocation<Void> test, ExtensionContext context) throws Throwable {
        var katas = context.getTags().stream().filter(tag -> KataMarks.kataOf(tag).isPresent()).toList();
        if (failFast && katas.stream().anyMatch(HUNG::contains)) {
            test.skip();
            throw new AssertionError("not run: an earlier test of this kata gave up waiting for your code, and this one"
                    + " would most likely wait as long");
        }
        try {
            watchRunning(test, context);
        } catch (TimeoutException gaveUp) {
            HUNG.addAll(katas);
            throw gaveUp;
        }
    }

    private static void watchRunning(Invocation<Void> test, ExtensionContext context) throws Throwable {
        var stubs = StubSignal.of(context.getRequiredTestClass().getClassLoader());
        // On this thread, before the test's own starts: the test's threads inherit its mark.
        stubs.forget();
        var outcome = new CompletableFuture<Void>();
        Thread runner = Thread.ofPlatform().daemon().name("kata test " + context.getDisplayName()).start(() -> {
            try {
                test.proceed();
                outcome.complete(null);
            } catch (Throwable failure) {
                outcome.completeExceptionally(failure);
            }
        });
        var limit = limit(context);
        var told = onLongerLimit;
        if (told != null && limit.compareTo(LIMIT) > 0) {
            told.accept(limit);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                outcome.get(LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException failed) {
                noteCrash(context, stubs);
                throw failed.getCause();
            } catch (TimeoutException stillRunning) {
                var stub = stubs.latest();
                if (stub != null) {
                    // The test may still wait for what the stub broke (a node.run whose process
                    // loops on): interrupted, it closes its node, which ends its processes, so
                    // they do not slow the tests after it.
                    runner.interrupt();
                    throw stub;
                }
                if (System.nanoTime() - deadline > 0) {
                    ranAway = true;
                    var failure = new RanAway(runner, limit);
                    var ranAwayTold = onRanAway;
                    if (ranAwayTold != null) {
                        noteCrash(context, stubs);
                        ranAwayTold.accept(context, failure);
                    }
                    throw failure;
                }
            }
        }
    }

    /** The first crashes of processes of each failed test still to be reported, by the test's unique id. */
    private static final Map<String, List<Throwable>> CRASHES = new ConcurrentHashMap<>();

    /** Keeps the first crashes of the failed test in {@code context}'s processes, if any crashed, for its report. */
    private static void noteCrash(ExtensionContext context, StubSignal stubs) throws ReflectiveOperationException {
        var crashes = stubs.crashes();
        if (!crashes.isEmpty()) {
            CRASHES.put(context.getUniqueId(), crashes);
        }
    }

    /**
     * The first crashes of processes of the failed test {@code uniqueId}, oldest first, which the
     * test's report shows (and this forgets); none for a test that passed.
     */
    static List<Throwable> crashesIn(String uniqueId) {
        var crashes = CRASHES.remove(uniqueId);
        return crashes == null ? List.of() : crashes;
    }

    /** How a test left running at its limit begins its failure's text. */
    static final String STILL_RUNNING = "still running after ";

    /** Whether a test's failure text says the learner's code hung it: it ran out of time, or gave up waiting. */
    static boolean hung(String failure) {
        return failure.startsWith(STILL_RUNNING) || failure.startsWith(KataRunner.GAVE_UP);
    }

    /** A test still running at its time limit; its stack trace is where the test's thread was then. */
    static final class RanAway extends AssertionError {
        RanAway(Thread runner, Duration limit) {
            super(STILL_RUNNING + limit.toSeconds() + " s: an endless loop, a deadlock,"
                    + " a lock never released or a reply that never comes? The test was stopped here.");
            setStackTrace(runner.getStackTrace());
        }
    }

    /**
     * The stub exception's record of itself, and the runtime's record of its processes' crashes,
     * read by reflection: the runtime is loaded apart from the tool.
     */
    private record StubSignal(Method latestMethod, Method forgetMethod, Method crashMethod) {
        static StubSignal of(ClassLoader loader) {
            Method crash;
            try {
                crash = Class.forName(KataMarks.CRASHES_CLASS, true, loader).getMethod("ofCurrentTest");
            } catch (ReflectiveOperationException noCrashRecord) {
                crash = null;
            }
            try {
                Class<?> type = Class.forName(KataMarks.NOT_DONE_CLASS, true, loader);
                return new StubSignal(type.getMethod("latest"), type.getMethod("forget"), crash);
            } catch (ReflectiveOperationException noStubType) {
                return new StubSignal(null, null, null);
            }
        }

        @SuppressWarnings("unchecked")
        List<Throwable> crashes() throws ReflectiveOperationException {
            return crashMethod == null ? List.of() : (List<Throwable>) crashMethod.invoke(null);
        }

        Throwable latest() throws ReflectiveOperationException {
            return latestMethod == null ? null : (Throwable) latestMethod.invoke(null);
        }

        void forget() throws ReflectiveOperationException {
            if (forgetMethod != null) {
                forgetMethod.invoke(null);
            }
        }
    }
}
