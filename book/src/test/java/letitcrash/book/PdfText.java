package letitcrash.book;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph of a PDF, with its page, font and where it is drawn, read once with PDFBox's
 * text stripper; and the lines those glyphs make. Coordinates are PDF points from the page's
 * top left corner, as {@link TextPosition#getXDirAdj()} gives them.
 */
final class PdfText extends PDFTextStripper {

    /** One glyph: {@code page} counts from 0, {@code right} is where its advance ends. */
    record Glyph(int page, String text, String font, float x, float y, float right) {}

    /**
     * One line of glyphs on a page, at one baseline: its text with all whitespace taken
     * out (so that how PDFBox guesses spaces does not matter), and where it ends.
     */
    record Line(int page, float y, String text, float right, String font) {}

    /** Whitespace as a line's text leaves it out, the no-break spaces of the dot leaders too. */
    static final String SPACE = "[\\s\\p{Z}]+";

    private final List<Glyph> glyphs = new ArrayList<>();

    private PdfText() {}

    static List<Glyph> glyphs(PDDocument pdf) throws IOException {
        var stripper = new PdfText();
        stripper.writeText(pdf, Writer.nullWriter());
        return List.copyOf(stripper.glyphs);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        glyphs.add(new Glyph(getCurrentPageNo() - 1, glyph.getUnicode(), String.valueOf(glyph.getFont().getName()),
                glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj()));
    }

    /** The glyphs' lines, page by page and top to bottom; a line's font is the one most of its glyphs use. */
    static List<Line> lines(List<Glyph> glyphs) {
        record At(int page, int halfPoints) {}
        Map<At, List<Glyph>> byBaseline = glyphs.stream().collect(Collectors.groupingBy(
                glyph -> new At(glyph.page(), Math.round(glyph.y() * 2)),
                () -> new TreeMap<>(Comparator.comparingInt(At::page).thenComparingInt(At::halfPoints)),
                Collectors.toList()));
        return byBaseline.values().stream().map(PdfText::line).toList();
    }

    private static Line line(List<Glyph> glyphs) {
        var inOrder = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
        var text = inOrder.stream().map(Glyph::text).collect(Collectors.joining()).replaceAll(SPACE, "");
        var last = inOrder.getLast();
        return new Line(last.page(), last.y(), text, (float) inOrder.stream().mapToDouble(Glyph::right).max().orElseThrow(),
                mostCommon(inOrder, Glyph::font));
    }

    static <T> String mostCommon(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
