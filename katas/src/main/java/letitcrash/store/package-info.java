/**
 * Chapter 9: state stored after every transition, before it is acknowledged. A
 * {@link letitcrash.store.Store} is where the state lives (a folder of files, or a
 * database); a process opens its {@link letitcrash.store.Slot} there, reads what the last
 * incarnation left, and writes every new state before it answers. The slot belongs to the
 * process that opened it: the runtime closes it when that process ends, and a slot opened
 * later for the same key fences it, so a write from an ended incarnation is refused by the
 * store itself.
 */
package letitcrash.store;
