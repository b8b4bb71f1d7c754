package letitcrash.testing;

import java.util.List;
import java.util.stream.Collectors;

/** An AsciiDoc table the book includes, rendered from the rows a test checks, and approved. */
public final class BookTable {

    private BookTable() {}

    /**
     * Approves the table with {@code cols} (AsciiDoc's column widths, such as "2,1,1"),
     * a header row and one row per entry, each cell written with {@code toString}.
     */
    public static void verify(String cols, List<String> header, List<List<?>> rows) {
        var table = new StringBuilder("[cols=\"" + cols + "\",options=\"header\"]\n|===\n");
        table.append(row(header));
        rows.forEach(row -> table.append(row(row)));
        Approved.verify(table.append("|===\n").toString());
    }

    private static String row(List<?> cells) {
        return cells.stream().map(String::valueOf).collect(Collectors.joining(" | ", "| ", "\n"));
    }
}
