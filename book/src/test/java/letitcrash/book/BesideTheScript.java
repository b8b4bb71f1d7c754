package letitcrash.book;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names a script's approval files after the script, in its folder:
 * {@code ch01-a-bare-mailbox.jsh} is approved in {@code ch01-a-bare-mailbox.jsh.approved.txt}
 * and a differing run is left in {@code ch01-a-bare-mailbox.jsh.received.txt} beside it.
 * The chapter includes the approved file; a maintainer approves a run by renaming.
 */
record BesideTheScript(Path script) implements ApprovalNamer {

    @Override
    public String getApprovalName() {
        return script.getFileName().toString();
    }

    @Override
    public String getSourceFilePath() {
        return script.getParent().toString() + File.separator;
    }

    @Override
    public File getApprovedFile(String extensionWithDot) {
        return script.resolveSibling(getApprovalName() + ".approved" + extensionWithDot).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
        return script.resolveSibling(getApprovalName() + ".received" + extensionWithDot).toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
        throw new UnsupportedOperationException("a script has one transcript: " + script);
    }

    @Override
    public String getAdditionalInformation() {
        return "";
    }
}
