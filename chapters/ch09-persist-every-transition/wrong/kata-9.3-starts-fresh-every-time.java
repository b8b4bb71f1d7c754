// init(): opens the slot but starts as the wallet starts, whatever the slot holds, so every restart begins at zero.
Slot slot = store.open(name());
return new Held(slot, wallet.init(arg));
