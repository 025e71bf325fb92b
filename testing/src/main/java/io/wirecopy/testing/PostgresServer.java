package io.wirecopy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the embedded binaries (zonky), run as a child process. As root it is
 * started through {@code unshare}, which zonky does by itself. With a data directory it keeps its
 * data across restarts, and every commit is durable ({@code synchronous_commit=on}); without one it uses a
 * temporary directory deleted on close, with zonky's faster {@code synchronous_commit=off}.
 */
public final class PostgresServer implements AutoCloseable {

    /** The database the services use, as in docker compose. */
    public static final String DATABASE = "wirecopy";
    public static final String USER = "postgres";
    /** The embedded server trusts local connections; any password is accepted. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDir} (null for a temporary one). */
    public static PostgresServer start(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDir != null) {
                // zonky turns synchronous_commit off for speed: a commit could then be lost when PostgreSQL is
                // killed (devstack's and the fault run's kind of crash); data kept across restarts must not be
                builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            PostgresServer server = new PostgresServer(builder.start());
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
