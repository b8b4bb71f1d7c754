package letitcrash.wallet;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import letitcrash.edge.Amount;
import letitcrash.edge.Checked;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.store.EventJournal;
import letitcrash.store.ReplayFailed;
import letitcrash.store.Slot;
import letitcrash.store.Store;
import letitcrash.supervisor.ChildSpec;

/**
 * Chapter 10's wallet: its changes are events in an {@link EventJournal}, and its state is
 * what replaying them gives. A request is checked at the edge first (chapter 8's
 * {@link Amount#parse}), so a poison never becomes an event; an event is appended, and so on
 * the disk, before it is applied and answered; and every {@code every} events a snapshot of
 * the state, with the journal's offset after its last event, is stored in {@code snapshots},
 * so a start replays only what came after it.
 *
 * <p>A stored event that today's rules refuse (one written by an older version, before the
 * edge) stops the start with a {@link ReplayFailed} naming it: a crash loop at boot, which
 * the supervisor ends by giving up, rather than a wallet running on a state nobody can vouch
 * for. {@code upcast} is the repair: it rewrites an old event's text into today's form
 * before it is replayed, in code that is reviewed and tested.
 *
 * @param name the name the wallet is registered as, its stream in the journal
 * @param journal the registered name of the journal
 * @param snapshots where snapshots are kept, under {@code name.snapshot}
 * @param every how many events between snapshots
 * @param upcast turns an event's stored text into today's, before it is replayed
 */
public record JournaledWallet(String name, String journal, Store snapshots, int every, UnaryOperator<String> upcast)
        implements Server<JournaledWallet.Replayed> {

    /** The wallet's state, its last event's number, the journal's offset after it, and the snapshot slot. */
    public record Replayed(Wallet.State state, long seq, long end, Slot snapshot) {}

    /** A wallet on {@code journal} with a snapshot every 100 events and no upcasting. */
    public static JournaledWallet of(String name, String journal, Store snapshots) {
        return new JournaledWallet(name, journal, snapshots, 100, UnaryOperator.identity());
    }

    /** A permanent worker that starts this wallet, linked and registered under its name. */
    public ChildSpec spec() {
        return ChildSpec.worker(name, () -> GenServer.startLink(this, null, name));
    }

    @Override
    public Replayed init(Object arg) throws Exception {
        Slot slot = snapshots.open(name + ".snapshot");
        var replayed = slot.read().map(text -> fromSnapshot(text, slot))
                .orElse(new Replayed(new Wallet.State(BigDecimal.ZERO.setScale(2)), 0, 0, slot));
        for (var entry : EventJournal.read(journal, name, replayed.end())) {
            replayed = replay(replayed, entry);
        }
        return replayed;
    }

    // tag::journaled-replay[]
    /** The state after {@code entry}, checked as a new event would be. */
    private Replayed replay(Replayed replayed, EventJournal.Entry entry) {
        if (entry.seq() != replayed.seq() + 1) {
            throw refused(entry, "the event before it is missing (the last replayed is " + replayed.seq() + ")");
        }
        String text = upcast.apply(entry.event());
        var event = decode(text);
        if (event instanceof Checked.Invalid<Wallet.Event>(String why)) {
            throw refused(entry, why);
        }
        return new Replayed(replayed.state().apply(event.orElseThrow()), entry.seq(), entry.end(), replayed.snapshot());
    }
    // end::journaled-replay[]

    @Override
    public CastResult<Replayed> handleCast(Object request, Replayed replayed) throws Exception {
        if (!(request instanceof Wallet.Deposit(String text))) {
            throw new IllegalArgumentException("a journaled wallet takes deposits as casts, nothing else: " + request);
        }
        return new NoReply<>(deposit(text, replayed));
    }

    @Override
    public CallResult<Replayed> handleCall(Object request, From from, Replayed replayed) throws Exception {
        return switch ((Wallet.Request) request) {
            case Wallet.Balance() -> new Reply<>(Wallet.inCents(replayed.state().balance()), replayed);
            case Wallet.Deposit(String text) -> {
                var after = deposit(text, replayed);
                yield new Reply<>(Wallet.inCents(after.state().balance()), after);
            }
            case Wallet.Withdraw(String text) -> withdraw(text, replayed);
        };
    }

    // tag::journaled-deposit[]
    /** The state after a deposit of {@code text}: unchanged, and the refusal recorded, if the edge refuses it. */
    private Replayed deposit(String text, Replayed replayed) throws Exception {
        // region kata 10.3: Check the amount at the edge and record a refusal; a valid deposit becomes an event, which is appended to the journal before it changes the state.
        var amount = Amount.parse(text);
        if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
            Proc.record(new CheckedWallet.Refused(name, new Wallet.Deposit(text), why));
            return replayed;
        }
        return recorded(replayed, new Wallet.Deposited(amount.orElseThrow()));
        // endregion
    }
    // end::journaled-deposit[]

    private CallResult<Replayed> withdraw(String text, Replayed replayed) throws Exception {
        var amount = Amount.parse(text);
        if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
            return new Reply<>(new ExchangeWallet.NotPaid(text, ExchangeWallet.HOME, why), replayed);
        }
        var balance = replayed.state().balance();
        if (amount.orElseThrow().compareTo(balance) > 0) {
            return new Reply<>(new Wallet.Refused(amount.orElseThrow(), Wallet.inCents(balance)), replayed);
        }
        var after = recorded(replayed, new Wallet.Withdrawn(amount.orElseThrow()));
        return new Reply<>(Wallet.inCents(after.state().balance()), after);
    }

    // tag::journaled-recorded[]
    /** Appends {@code event}, then applies it; stores a snapshot when one is due, once the event is durable. */
    private Replayed recorded(Replayed replayed, Wallet.Event event) throws Exception {
        // region kata 10.3: Append the event first, then apply it; every so many events, store a snapshot of the state with the journal's offset after the event.
        var entry = EventJournal.append(journal, name, encode(event));
        var after = new Replayed(replayed.state().apply(event), entry.seq(), entry.end(), replayed.snapshot());
        if (entry.seq() % every == 0) {
            after.snapshot().write(entry.seq() + " " + entry.end() + " " + after.state().balance().toPlainString());
        }
        return after;
        // endregion
    }
    // end::journaled-recorded[]

    /** An event as the journal stores it. */
    static String encode(Wallet.Event event) {
        return switch (event) {
            case Wallet.Deposited(BigDecimal amount) -> "Deposited " + amount.toPlainString();
            case Wallet.Withdrawn(BigDecimal amount) -> "Withdrawn " + amount.toPlainString();
        };
    }

    /** The event {@code text} stands for, checked by today's rules: what the edge would let in. */
    static Checked<Wallet.Event> decode(String text) {
        String[] words = text.split(" ", 2);
        if (words.length < 2) {
            return Checked.invalid("not an event: " + text);
        }
        if (!(Amount.parse(words[1]) instanceof Checked.Valid<BigDecimal>(BigDecimal amount))) {
            return Checked.invalid("its amount is not money as the edge takes it: " + words[1]);
        }
        return switch (words[0]) {
            case "Deposited" -> Checked.valid(new Wallet.Deposited(amount));
            case "Withdrawn" -> Checked.valid(new Wallet.Withdrawn(amount));
            default -> Checked.invalid("no such event: " + words[0]);
        };
    }

    private Replayed fromSnapshot(String text, Slot slot) {
        String[] words = text.split(" ");
        try {
            return new Replayed(new Wallet.State(new BigDecimal(words[2])), Long.parseLong(words[0]), Long.parseLong(words[1]), slot);
        } catch (RuntimeException e) {
            throw new ReplayFailed("the snapshot of " + name + " holds \"" + text + "\", which is not \"seq offset balance\"");
        }
    }

    private ReplayFailed refused(EventJournal.Entry entry, String why) {
        return new ReplayFailed("event " + entry.seq() + " of " + name + ", \"" + entry.event() + "\" (in the journal registered as "
                + journal + ", the record that ends at offset " + entry.end() + "), cannot be replayed: " + why + ". The wallet does not start on a"
                + " state nobody can vouch for: repair the event with an upcaster, or restore the journal from a copy.");
    }
}
