package io.kervan.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
}
