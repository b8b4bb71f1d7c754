package letitcrash.process;

/** A unique reference, as {@code make_ref()} makes: it names a monitor. Printed {@code #Ref<0.7>}. */
public record Ref(long id) {
    @Override
    public String toString() {
        return "#Ref<0." + id + ">";
    }
}
