package dev.ltl.eval.engine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded run store: one H2 file database per output directory. Every finished unit of work
 * (a candidate × seed × baseline training, a scored clip, ...) is committed the moment it
 * finishes, under a stable key, so a run killed at any point loses at most the units in flight
 * and a restart skips everything already stored. (In k8s the same schema lives in PostgreSQL.)
 */
public final class RunStore implements AutoCloseable {
    private final Connection connection;

    private RunStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the store in {@code dir/run-store.mv.db}. */
    public static RunStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("run-store") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            Connection connection = DriverManager.getConnection(url, "ltl", "");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS run_results ("
                        + "run_id VARCHAR(200) NOT NULL, unit_key VARCHAR(1000) NOT NULL, payload CLOB NOT NULL,"
                        + " finished_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (run_id, unit_key))");
                ddl.execute("CREATE TABLE IF NOT EXISTS run_meta ("
                        + "run_id VARCHAR(200) NOT NULL, meta_key VARCHAR(200) NOT NULL, meta_value CLOB,"
                        + " PRIMARY KEY (run_id, meta_key))");
            }
            return new RunStore(connection);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open run store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stores (or replaces) the result of one unit; committed before this returns. */
    public synchronized void put(String runId, String unitKey, String payload) {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO run_results (run_id, unit_key, payload) KEY (run_id, unit_key) VALUES (?, ?, ?)")) {
            merge.setString(1, runId);
            merge.setString(2, unitKey);
            merge.setString(3, payload);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store result " + unitKey + ": " + e.getMessage(), e);
        }
    }

    public synchronized Optional<String> get(String runId, String unitKey) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT payload FROM run_results WHERE run_id = ? AND unit_key = ?")) {
            query.setString(1, runId);
            query.setString(2, unitKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read result " + unitKey + ": " + e.getMessage(), e);
        }
    }

    /** Every stored unit of a run, by key, in key order. */
    public synchronized Map<String, String> all(String runId) {
        Map<String, String> results = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT unit_key, payload FROM run_results WHERE run_id = ? ORDER BY unit_key")) {
            query.setString(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    results.put(rows.getString(1), rows.getString(2));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list results of " + runId + ": " + e.getMessage(), e);
        }
    }

    public synchronized void putMeta(String runId, String key, String value) {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO run_meta (run_id, meta_key, meta_value) KEY (run_id, meta_key) VALUES (?, ?, ?)")) {
            merge.setString(1, runId);
            merge.setString(2, key);
            merge.setString(3, value);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store run metadata " + key + ": " + e.getMessage(), e);
        }
    }

    public synchronized Optional<String> getMeta(String runId, String key) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT meta_value FROM run_meta WHERE run_id = ? AND meta_key = ?")) {
            query.setString(1, runId);
            query.setString(2, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read run metadata " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close run store: " + e.getMessage(), e);
        }
    }
}
