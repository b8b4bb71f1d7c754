package letitcrash.server;

/**
 * A server's {@code init} answered ignore: OTP's {@code :ignore}. Thrown from {@code init}
 * (made by {@link Server#ignore()}), it ends the server {@code normal} without
 * {@code terminate}; {@link GenServer#start} and {@link GenServer#startLink} then throw a
 * new one to their caller, once the server's process has ended. A supervisor keeps such a
 * child's spec, with no process.
 */
public final class StartIgnored extends RuntimeException {

    StartIgnored() {
        super("init answered ignore", null, false, false);
    }
}
