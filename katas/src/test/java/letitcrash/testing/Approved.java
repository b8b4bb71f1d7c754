package letitcrash.testing;

import com.spun.util.tests.TestUtils;
import java.io.File;
import org.approvaltests.Approvals;

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
