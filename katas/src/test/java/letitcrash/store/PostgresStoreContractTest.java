package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link SqlStore} on PostgreSQL keeps the promises of every store. It runs where
 * {@code LETITCRASH_POSTGRES_URL} names a database (a JDBC URL with user and password), as
 * {@code .ci/run} sets it; each test has a schema of its own there, dropped after it.
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@DisplayName("The PostgreSQL store keeps the store contract")
@EnabledIfEnvironmentVariable(named = "LETITCRASH_POSTGRES_URL", matches = ".+",
        disabledReason = "LETITCRASH_POSTGRES_URL is not set, so there is no PostgreSQL to test against:"
                + " .ci/run starts one, or set it to yours (jdbc:postgresql://host:port/db?user=...&password=...)")
class PostgresStoreContractTest extends StoreContract {

    private static final String URL = System.getenv("LETITCRASH_POSTGRES_URL");

    private final String schema = "letitcrash_test_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    Store store() {
        return SqlStore.at(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** Fewer than the other stores: each open is a new connection, a new server process, 10 ms and more. */
    @Override
    int races() {
        return Integer.getInteger("letitcrash.storeRaces", 60);
    }

    @Override
    boolean released(Slot slot) throws SQLException {
        return ((SqlSlot) slot).connectionClosed();
    }

    @Test
    @DisplayName("a wrong password is refused with a message that names the database and shows no password")
    void refusesAWrongPassword() throws Exception {
        assumeTrue(URL.contains("password="), "the URL has no password= to change");
        var store = SqlStore.at(URL.replaceAll("password=[^&]*", "password=not-the-secret"));
        node.run(() -> {
            assertThatThrownBy(() -> store.open("alice"))
                    .isInstanceOf(StoreFailed.class)
                    .hasMessageContaining("cannot be opened")
                    .hasMessageContaining("password=***")
                    .hasMessageNotContaining("not-the-secret");
            return null;
        });
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(URL)) {
            connection.createStatement().execute(sql);
        }
    }
}
