package letitcrash;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/**
 * ApprovalTests settings for every test under {@code letitcrash}: a failed approval says so
 * in the test's failure and writes the {@code .received.txt} beside the approved file; it
 * never opens a diff tool (the build runs unattended).
 */
public class PackageSettings {
    public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
