// init(): reads the slot only when the wallet is started without an opening balance, so a wallet opened with one starts there again after every crash.
Slot slot = store.open(name());
var stored = slot.read();
return new Held(slot, arg == null && stored.isPresent() ? new Wallet.State(new java.math.BigDecimal(stored.get())) : wallet.init(arg));
