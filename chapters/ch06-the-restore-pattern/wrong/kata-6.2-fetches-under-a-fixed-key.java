// init(): fetches under one fixed key instead of the wallet's name, so a wallet named otherwise comes back empty.
Proc.trapExits(true);
return Backup.fetch("wallet").map(Wallet.State.class::cast).orElseGet(() -> WALLET.init(arg));
