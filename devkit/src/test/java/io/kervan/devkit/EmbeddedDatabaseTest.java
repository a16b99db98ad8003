package io.kervan.devkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server itself says about how it treats a commit, for each way of starting it. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void the_durable_database_puts_every_commit_on_disk_and_keeps_it_across_restarts() throws SQLException {
        Path data = folder.resolve("pgdata");
        try (EmbeddedDatabase database = EmbeddedDatabase.startDurable(data)) {
            assertThat(durabilitySettings(database))
                    .containsExactly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"),
                            Map.entry("full_page_writes", "on"));
            assertThat(query(database, "show data_directory")).isEqualTo(data.toString());
            assertThat(query(database, "select pg_current_logfile()")).startsWith("log/");
            execute(database, "create table kept (id int primary key); insert into kept values (1)");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.startDurable(data)) {
            assertThat(query(again, "select count(*) from kept")).isEqualTo("1");
        }
    }

    @Test
    void the_test_database_does_not_wait_for_the_disk() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.startForTests()) {
            assertThat(durabilitySettings(database))
                    .containsExactly(Map.entry("fsync", "off"), Map.entry("synchronous_commit", "off"),
                            Map.entry("full_page_writes", "off"));
        }
    }

    private static Map<String, String> durabilitySettings(EmbeddedDatabase database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
            settings.put(name, query(database, "show " + name));
        }
        return settings;
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
