// restart(): ends with shutdown but leaves no GaveUp in the trace, where OTP logs reached_max_restart_intensity.
return new Stop<>(ExitReason.SHUTDOWN, state);
