// terminate(): stores every wallet's state under one fixed key instead of the wallet's name, so wallets overwrite each other and none finds its own.
Backup.store("wallet", state);
