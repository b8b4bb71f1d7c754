package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract on the real workbook: this is the check the README's test command runs. */
class KataContractTest {

    private final Contract contract = new Contract(Workbook.repo());

    @Test
    @DisplayName("every kata fails on its stub, passes on its solution, and has its TODO, hints and book section")
    void theKataContractHolds() {
        assertThat(contract.violations()).as("broken kata rules").isEmpty();
    }

    @Test
    @DisplayName("maintainers: the committed stubs are what LEARN_MAINTAINER=1 ./learn generate makes")
    void theStubsAreUpToDate() {
        assumeTrue(Boolean.getBoolean("maintainer"),
                "the stub sync check runs only for maintainers (mvn -Dmaintainer verify): kata work in the stubs is not a defect");
        assertThat(contract.outdatedStubs())
                .as("stubs that differ from their solutions: run LEARN_MAINTAINER=1 ./learn generate and commit the result")
                .isEmpty();
    }

    @Test
    void findsTheCheckoutFromASubfolder() {
        var root = Workbook.repo().root();

        assertThat(Repo.find(root.resolve("katas/src/main")).root()).isEqualTo(root);
        assertThat(Path.of(root.toString(), "solutions")).isDirectory();
    }
}
