package vn.lienthong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ApplicationTest {
    @AfterEach
    void clear() {
        System.clearProperty("datasources.default.url");
        System.clearProperty("datasources.default.username");
        System.clearProperty("datasources.default.password");
    }

    @Test
    void aConventionalDatabaseUrlBecomesJdbcSettings() {
        Application.useDatabaseUrl("postgres://lt:s3cret@db.internal:6543/lienthong?sslmode=require");
        if (System.getenv("DB_URL") != null) {
            return; // DB_URL wins when set, as in `make test`
        }
        assertEquals("jdbc:postgresql://db.internal:6543/lienthong?sslmode=require", System.getProperty("datasources.default.url"));
        assertEquals("lt", System.getProperty("datasources.default.username"));
        assertEquals("s3cret", System.getProperty("datasources.default.password"));
    }

    @Test
    void nothingIsSetWithoutADatabaseUrl() {
        Application.useDatabaseUrl(null);
        assertNull(System.getProperty("datasources.default.url"));
    }
}
