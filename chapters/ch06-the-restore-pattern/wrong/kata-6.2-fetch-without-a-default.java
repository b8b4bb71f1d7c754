// init(): fetches without a default, so the very first start, with nothing stored, fails.
Proc.trapExits(true);
return (Wallet.State) Backup.fetch(name).orElseThrow();
