// init(): fetches but does not trap exits, so a shutdown from the supervisor kills the wallet without terminate.
return Backup.fetch(name).map(Wallet.State.class::cast).orElseGet(() -> WALLET.init(arg));
