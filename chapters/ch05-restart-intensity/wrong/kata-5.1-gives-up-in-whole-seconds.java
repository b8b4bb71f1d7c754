// givesUpUpTo(): divides whole seconds by whole numbers, so under 3 in 5 it answers 1 s where 1.67 s still always gives up.
return Duration.ofSeconds(flags.maxSeconds() / flags.maxRestarts());
