package letitcrash.workbook;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Fits the watch screen to the terminal: every line wrapped at words to its width; the top
 * (progress, kata, file) and the bottom (the key line) always shown; the body between them
 * shown from a scroll position, and cut with a line that says how much more there is.
 * Lines may carry ANSI colours: widths are counted in columns, not characters.
 */
record Layout(int width, int height) {

    /** Terminals that report no size (0) get the classic 80x24. */
    Layout {
        width = width < 20 ? 80 : width;
        height = height < 8 ? 24 : height;
    }

    /** The screen: {@code top}, the body from {@code scroll} (0 = its start), {@code bottom}. */
    List<String> fit(List<String> top, List<String> body, List<String> bottom, int scroll) {
        var head = wrap(top);
        var foot = wrap(bottom);
        var middle = wrap(body);
        int room = Math.max(1, height - head.size() - foot.size());
        var screen = new ArrayList<>(head);
        if (middle.size() <= room) {
            screen.addAll(middle);
        } else {
            int from = Math.floorMod(scroll, 1 + (middle.size() - 1) / Math.max(1, room - 1)) * Math.max(1, room - 1);
            int to = Math.min(middle.size(), from + room - 1);
            screen.addAll(middle.subList(from, to));
            int left = middle.size() - to;
            screen.add(left > 0 ? "… " + left + " more lines: press m to see them" : "(end: press m to go back to the top)");
        }
        screen.addAll(foot);
        return screen;
    }

    /** Every line wrapped; a line holding newlines is several lines, and blank lines stay. */
    List<String> wrap(List<String> lines) {
        var wrapped = new ArrayList<String>();
        for (String line : lines) {
            if (line.isEmpty()) {
                wrapped.add("");
            } else {
                line.lines().forEach(part -> wrapped.addAll(wrap(part)));
            }
        }
        return wrapped;
    }

    /** One line, broken at spaces into lines no wider than the terminal; continuations are indented under the text. */
    List<String> wrap(String line) {
        var text = AttributedString.fromAnsi(line);
        if (text.columnLength() <= width) {
            return List.of(line);
        }
        String plain = text.toString();
        int indent = Math.min(width / 2, leadingSpaces(plain) + 2);
        var lines = new ArrayList<String>();
        int start = 0;
        int room = width;
        while (plain.length() - start > room) {
            int cut = plain.lastIndexOf(' ', start + room);
            cut = cut <= start ? start + room : cut;
            lines.add((lines.isEmpty() ? "" : " ".repeat(indent)) + text.subSequence(start, cut).toAnsi());
            start = cut;
            while (start < plain.length() && plain.charAt(start) == ' ') {
                start++;
            }
            room = width - indent;
        }
        lines.add((lines.isEmpty() ? "" : " ".repeat(indent)) + text.subSequence(start, plain.length()).toAnsi());
        return lines;
    }

    private static int leadingSpaces(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
