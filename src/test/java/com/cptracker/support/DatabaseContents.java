package com.cptracker.support;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application's tables hold, one hash per table, so that a test sharing the demo application can show it
 * changed nothing the others read. Leaves out what signing in and out writes (the audit trail, the sign-in throttle,
 * sessions) and Flyway's history.
 */
public final class DatabaseContents {

    static final Set<String> LEFT_OUT = Set.of(
            "audit_event",
            "sign_in_throttle",
            "sign_in_throttle_by_client",
            "spring_session",
            "spring_session_attributes",
            "flyway_schema_history");

    private DatabaseContents() {}

    /** Table name to a hash of its rows, in a fixed order. */
    public static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> contents = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class)) {
            if (!LEFT_OUT.contains(table.toLowerCase(Locale.ROOT))) {
                contents.put(
                        table,
                        jdbc.queryForObject(
                                "select md5(coalesce(string_agg(t::text, '|' order by"
                                        + " t::text), '')) || ' ' || count(*) from \"" + table + "\" t",
                                String.class));
            }
        }
        if (!contents.containsKey("strategy")) {
            throw new IllegalStateException("no application tables found in " + contents.keySet());
        }
        return contents;
    }
}
