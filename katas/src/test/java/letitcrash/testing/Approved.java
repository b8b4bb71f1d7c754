package letitcrash.testing;

import com.spun.util.tests.TestUtils;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;

/**
 * ApprovalTests for the one test tree: the approved files live beside the tests in
 * {@code katas/src/test/java}, whether the tests run from the {@code katas} module (the
 * learner's IDE), from {@code solutions} (the build), whose working folder is its own, or
 * from the top folder (the workbook tool).
 */
public final class Approved {

    private Approved() {}

    /** Verifies {@code text} against {@code TestClass.testMethod.approved.txt} beside the calling test. */
    public static void verify(String text) {
        try (var restorer = TestUtils.registerSourceDirectoryFinder(Approved::testSourceFolder)) {
            Approvals.verify(text);
        }
    }

    /**
     * Verifies the SVG picture {@code svg} against {@code TestClass.testMethod.approved.svg}
     * beside the calling test: a file the book shows as an image, in HTML and in print.
     */
    public static void verifySvg(String svg) {
        try (var restorer = TestUtils.registerSourceDirectoryFinder(Approved::testSourceFolder)) {
            Approvals.verify(svg, new Options().forFile().withExtension(".svg"));
        }
    }

    /**
     * Verifies {@code text} as {@link #verify(String)} does, and on a difference fails with
     * {@code what} (which names the book section) and both texts, not a bare "Failed Approval".
     */
    public static void verify(String text, String what) {
        try (var restorer = TestUtils.registerSourceDirectoryFinder(Approved::testSourceFolder)) {
            var approved = Approvals.createApprovalNamer().getApprovedFile(".txt").toPath();
            try {
                Approvals.verify(text);
            } catch (Error | RuntimeException failed) {
                throw new AssertionError(what + "\nexpected (" + approved.getFileName() + "):\n"
                        + read(approved) + "\nbut was:\n" + text, failed);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException missing) {
            return "(no approved file yet: " + file + ")";
        }
    }

    private static File testSourceFolder(Class<?> testClass, String fileName) {
        String packagePath = testClass.getPackageName().replace('.', '/');
        for (String root : new String[] {"src/test/java/", "../katas/src/test/java/", "katas/src/test/java/"}) {
            var folder = new File(root + packagePath);
            if (new File(folder, fileName).isFile()) {
                return folder;
            }
        }
        throw new IllegalStateException("cannot find " + fileName + " of " + testClass.getName()
                + " under katas/src/test/java: run the tests from the katas or solutions module");
    }
}
