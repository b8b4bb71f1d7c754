package letitcrash.workbook;

import java.nio.file.Path;

/** A chapter folder, {@code chapters/ch01-a-bare-mailbox}, and the title of its prose. */
record Chapter(int number, String title, Path dir) {

    String slug() {
        return dir.getFileName().toString();
    }

    Path prose() {
        return dir.resolve(slug() + ".adoc");
    }

    Path script() {
        return dir.resolve(slug() + ".jsh");
    }

    Path hints() {
        return dir.resolve("hints.adoc");
    }
}
