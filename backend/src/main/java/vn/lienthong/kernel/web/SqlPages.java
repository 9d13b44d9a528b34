package vn.lienthong.kernel.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Paged list queries with filters, a whitelisted sort and a count, on plain SQL.
 * Every feature's list endpoint goes through here so paging, `q` and `updatedSince` behave the same everywhere.
 */
@Singleton
public class SqlPages {
    private final JdbcOperations jdbc;

    public SqlPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A list query under construction: `from` is the FROM clause, conditions are ANDed. */
    public static final class Query {
        private final String select;
        private final String from;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        private final List<Object> selectParams = new ArrayList<>();
        private final Map<String, String> sortable = new LinkedHashMap<>();
        private String defaultSort;
        private String countFrom;
        private String tieBreaker = "id";
        private boolean countWithPage;

        /** `fromParams` bind the placeholders of the FROM clause (e.g. a join condition on the caller). */
        public Query(String select, String from, Object... fromParams) {
            this.select = select;
            this.from = from;
            this.params.addAll(java.util.Arrays.asList(fromParams));
        }

        /** Binds placeholders in the select list (e.g. "today" for a derived column); they are not part of the count. */
        public Query selectParams(Object... values) {
            selectParams.addAll(java.util.Arrays.asList(values));
            return this;
        }

        public Query where(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(java.util.Arrays.asList(values));
            return this;
        }

        public Query whereIfPresent(Object value, String condition) {
            return value == null ? this : where(condition, value);
        }

        /** `q` against a column holding search_normalize(...) text. */
        public Query search(String normalizedColumn, String q) {
            if (q == null || q.isBlank()) {
                return this;
            }
            return where(contains(normalizedColumn), likeEscaped(q));
        }

        /** The condition of {@link #search}: the column contains the normalised text of one placeholder (bind {@link #likeEscaped}). */
        public static String contains(String normalizedColumn) {
            return normalizedColumn + " LIKE '%' || search_normalize(?) || '%'";
        }

        /** `q` with LIKE's wildcards escaped, for {@link #contains}. */
        public static String likeEscaped(String q) {
            return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        public Query updatedSince(String column, OffsetDateTime since) {
            return since == null ? this : where(column + " >= ?", since.toInstant());
        }

        /** A cheaper FROM for the count when no condition needs the joins of the main FROM (same placeholders). */
        public Query countFrom(String from) {
            this.countFrom = from;
            return this;
        }

        /**
         * Counts the rows in the page's own statement ({@link #WINDOW_COUNT}) instead of a second one. For a selective
         * condition whose matches the page reads and sorts anyway (a text search): the index and the rows are read once.
         * A page past the end has no row to carry the count; the count then runs on its own.
         */
        public Query countWithPage() {
            this.countWithPage = true;
            return this;
        }

        public Query sortable(String apiField, String column) {
            sortable.put(apiField, column);
            return this;
        }

        public Query defaultSort(String sort) {
            this.defaultSort = sort;
            return this;
        }

        public Query tieBreaker(String column) {
            this.tieBreaker = column;
            return this;
        }

        String orderBy(String sort) {
            String requested = sort == null || sort.isBlank() ? defaultSort : sort;
            List<String> parts = new ArrayList<>();
            if (requested != null) {
                for (String raw : requested.split(",")) {
                    String field = raw.strip();
                    boolean desc = field.startsWith("-");
                    if (desc || field.startsWith("+")) {
                        field = field.substring(1);
                    }
                    String column = sortable.get(field);
                    if (column == null) {
                        throw ProblemException.invalid("sort", "cannot sort by '" + field + "'; allowed: " + String.join(", ", sortable.keySet()));
                    }
                    parts.add(column + (desc ? " DESC" : " ASC"));
                }
            }
            parts.add(tieBreaker + " ASC");
            return String.join(", ", parts);
        }

        String whereClause() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    /** The column of a page's rows that counts every row of the query (see {@link Query#countWithPage}). */
    public static final String WINDOW_COUNT = "count(*) OVER () AS total_rows";

    public <T> PageResponse<T> page(Query query, PageParams params, RowMapper<T> mapper) {
        String orderBy = query.orderBy(params.sort());
        String where = query.whereClause();
        long total = query.countWithPage ? -1 : count(query, where);
        long[] counted = {-1};
        String select = query.countWithPage ? query.select + ", " + WINDOW_COUNT : query.select;
        List<T> items = jdbc.prepareStatement(
                "SELECT " + select + " FROM " + query.from + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                statement -> {
                    List<Object> all = new ArrayList<>(query.selectParams);
                    all.addAll(query.params);
                    all.add(params.size());
                    all.add(params.offset());
                    bind(statement, all);
                    List<T> rows = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            if (query.countWithPage) {
                                counted[0] = rs.getLong("total_rows");
                            }
                            rows.add(mapper.map(rs));
                        }
                    }
                    return rows;
                });
        if (query.countWithPage) {
            total = counted[0] >= 0 ? counted[0] : params.offset() == 0 ? 0 : count(query, where);
        }
        return PageResponse.of(items, params, total);
    }

    private long count(Query query, String where) {
        String countFrom = query.countFrom == null ? query.from : query.countFrom;
        return jdbc.prepareStatement("SELECT count(*) FROM " + countFrom + where, statement -> {
            bind(statement, query.params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            int index = i + 1;
            if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setObject(index, date);
            } else if (value instanceof UUID uuid) {
                statement.setObject(index, uuid);
            } else if (value instanceof Enum<?> e) {
                statement.setString(index, e.name());
            } else if (value instanceof UUID[] uuids) {
                statement.setArray(index, statement.getConnection().createArrayOf("uuid", uuids));
            } else {
                statement.setObject(index, value);
            }
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
