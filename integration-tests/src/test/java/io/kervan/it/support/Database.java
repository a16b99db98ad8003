package io.kervan.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Direct reads of the server's database, to prove what was (or was not) written. */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    public static Object single(String sql, Object... parameters) {
        List<Object> rows = column(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }

    /** Runs {@code statements} one after another on one connection, so a {@code set} applies to those after it. */
    public static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(TestEnvironment.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> column(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(TestEnvironment.jdbcUrl(), "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many rows each table holds: equal before and after a request proves that it wrote nothing anywhere. Counted
     * on {@code connection}, which a caller that counts often keeps open.
     */
    public static Map<String, Long> rowsPerTable(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' "
                    + "and table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> rows = new TreeMap<>();
            try (ResultSet rs = statement.executeQuery(tables.stream()
                    .map(table -> "select '" + table + "', count(*) from \"" + table + "\"")
                    .collect(Collectors.joining(" union all ")))) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to the server's database, for a caller that queries often; the caller closes it. */
    public static Connection connect() {
        try {
            return DriverManager.getConnection(TestEnvironment.jdbcUrl(), "postgres", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
