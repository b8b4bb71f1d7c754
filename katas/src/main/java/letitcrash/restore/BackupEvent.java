package letitcrash.restore;

import letitcrash.process.TraceEvent;

/** What the {@link Backup} records in its node's trace: each state stored, and each fetched. */
public sealed interface BackupEvent extends TraceEvent {

    /** {@code state} is now kept under {@code key}. */
    record Stored(String key, Object state) implements BackupEvent {
        @Override
        public String line() {
            return "backup stored " + key + ": " + state;
        }
    }

    /** A server fetched {@code key}, and got {@code state} (null if nothing was kept). */
    record Fetched(String key, Object state) implements BackupEvent {
        @Override
        public String line() {
            return "backup fetched " + key + ": " + (state == null ? "nothing" : state);
        }
    }
}
