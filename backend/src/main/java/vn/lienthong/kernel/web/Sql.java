package vn.lienthong.kernel.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain statements in the caller's transaction, with the binding rules of {@link SqlPages#bind} (UUIDs, UUID arrays,
 * instants, dates, enums). For the writes and look-ups that a repository method would make less clear.
 */
@Singleton
public class Sql {
    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public int exec(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            return statement.executeUpdate();
        });
    }

    /** The first column of the first row, or null when there is no row. */
    public <T> T scalar(String sql, Class<T> type, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        });
    }

    /** Every row as an array of column values; SQL dates come back as LocalDate. */
    public List<Object[]> rows(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = rs.getObject(i + 1);
                        row[i] = value instanceof java.sql.Date date ? date.toLocalDate() : value;
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** Every row mapped by `mapper`. */
    public <T> List<T> query(String sql, SqlPages.RowMapper<T> mapper, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
    }

    /** The first row, or null. */
    public Object[] row(String sql, Object... values) {
        List<Object[]> rows = rows(sql, values);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
