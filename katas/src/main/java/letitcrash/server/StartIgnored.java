package letitcrash.server;

/**
 * {@link GenServer#start} or {@link GenServer#startLink} did not start the server because
 * its {@code init} declined with {@code throw Server.ignore()}: OTP's {@code :ignore}. When
 * it is thrown, the server's process has already ended with {@code normal}, without
 * running {@code terminate}. A supervisor (chapter 4) keeps such a child's spec and starts
 * nothing.
 */
public final class StartIgnored extends RuntimeException {

    StartIgnored() {
        super("the server did not start: ignore", null, false, false);
    }
}
