package com.cptracker.platform;

import java.nio.file.Path;

/**
 * An instance killed outright: starts the embedded server on the data directory it is given, writes a row, says
 * "started" and halts at once (no shutdown hook runs, as with {@code kill -9}), leaving its server running.
 */
public final class KilledInstance {

    private KilledInstance() {}

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgresConfiguration.start(Path.of(args[0]), 0);
        try (var c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('written before the kill')");
        }
        System.out.println("started");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
