// deposit(): turns every deposit into an event without asking the edge, so 0.001 is stored in the journal and replayed on every start.
return recorded(replayed, new Wallet.Deposited(new BigDecimal(text.strip())));
