package letitcrash.server;

import letitcrash.process.Pid;
import letitcrash.process.Ref;

/**
 * Who is waiting for the answer to a call: the caller and the tag that names this one
 * call. The tag is an alias of the caller, active only while the call waits, so
 * {@link GenServer#reply} through it reaches the caller while the call waits and is
 * dropped after it gave up. Printed as Erlang prints a {@code from}: {@code {<0.1.0>, #Ref<0.3>}}.
 */
public record From(Pid caller, Ref tag) {
    @Override
    public String toString() {
        return "{" + caller + ", " + tag + "}";
    }
}
