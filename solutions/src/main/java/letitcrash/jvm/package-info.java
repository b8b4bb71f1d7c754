/**
 * A second JVM to kill: the hard kill that chapters 6 and 9 need, because {@code kill}
 * inside one JVM only interrupts a thread (docs/adr/0003-what-kill-can-stop.md). No kata
 * asks you to write anything here.
 *
 * <p>The parent starts a child with {@link letitcrash.jvm.ChildJvm#start}, talks to it by
 * lines, and ends it with {@link letitcrash.jvm.ChildJvm#stop} (orderly) or
 * {@link letitcrash.jvm.ChildJvm#kill} (SIGKILL). The child's main method answers through
 * {@link letitcrash.jvm.ParentLine#serve}, or reports as it goes through
 * {@link letitcrash.jvm.ParentLine#report}, and may end itself with {@code Runtime.halt}.
 */
package letitcrash.jvm;
