package vn.lienthong.kernel.numbering;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.UUID;

/**
 * Human reference numbers (số đơn, số thông báo): 1, 2, 3 ... per office, series and year. The counter row is
 * updated in the caller's transaction, so concurrent allocations queue on it (no duplicates) and a rolled-back
 * creation returns its number (no gaps).
 */
@Singleton
public class ReferenceNumbers {
    private final JdbcOperations jdbc;

    public ReferenceNumbers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record ReferenceNumber(int number, int year) {
        /** "12/2026", the form used in registers. */
        public String display() {
            return number + "/" + year;
        }
    }

    /**
     * Takes the next number of a series: parameters office, series, year; returns last_value. For a caller that writes
     * its record in the same statement (WITH n AS (NEXT) INSERT ... SELECT ... FROM n) so the counter row, locked until
     * commit, waits on one round trip less; the number is then {@link #DISPLAY} of n.
     */
    public static final String NEXT = """
            INSERT INTO reference_counter (office_id, series, year, last_value) VALUES (?, ?, ?, 1)
            ON CONFLICT (office_id, series, year) DO UPDATE SET last_value = reference_counter.last_value + 1
            RETURNING last_value""";

    /** {@link ReferenceNumber#display()} in SQL, over the row n of {@link #NEXT} and a year parameter. */
    public static final String DISPLAY = "n.last_value || '/' || CAST(? AS int)";

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public ReferenceNumber next(UUID officeId, String series, int year) {
        int number = jdbc.prepareStatement(NEXT, statement -> {
            statement.setObject(1, officeId);
            statement.setString(2, series);
            statement.setInt(3, year);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        return new ReferenceNumber(number, year);
    }
}
