package com.cptracker.security;

import static com.cptracker.security.HostileInputTest.map;

import com.cptracker.security.HostileInputTest.Form;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The issues and risks log's forms for {@link HostileInputTest}: raising, changing, reviewing, closing and mitigating
 * an item as its owner, and a step of the log's scale as an administrator enters it (a scale and an item set up first).
 */
final class RiskLogForms {

    private RiskLogForms() {}

    static List<Form> of(JdbcTemplate jdbc, String strategyPath) {
        long strategyId =
                jdbc.queryForObject("select id from strategy where slug = 'cheshire-east-2018-20'", Long.class);
        String officer = String.valueOf(
                jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class));
        String level = String.valueOf(jdbc.queryForObject(
                "insert into risk_level (strategy_id, position, words, colour) values (?, 1, 'High', 'RED') returning id",
                Long.class,
                strategyId));
        String risk = String.valueOf(
                jdbc.queryForObject("""
                insert into risk (strategy_id, kind, title, description, owner_id, level_id, state, review_date,
                    raised_by_name, raised_at)
                values (?, 'RISK', 'Placements', 'Too few', ?, ?, 'OPEN', date '2030-01-01', 'Officer', now())
                returning id""", Long.class, strategyId, Long.parseLong(officer), Long.parseLong(level)));
        String priority = String.valueOf(
                jdbc.queryForObject("select min(id) from priority where strategy_id = ?", Long.class, strategyId));
        String action = String.valueOf(
                jdbc.queryForObject("select min(id) from action where strategy_id = ?", Long.class, strategyId));
        String base = strategyPath + "/risks";
        String item = base + "/" + risk;
        return List.of(
                new Form("board", "POST", base + "/new", raise(officer, level, priority, action, "")),
                new Form("officer", "POST", item + "/edit", raise(officer, level, priority, action, "999")),
                new Form("officer", "POST", item + "/review", review("OPEN")),
                new Form("officer", "POST", item + "/close", review("CLOSED")),
                new Form(
                        "officer",
                        "POST",
                        item + "/mitigations/new",
                        map(
                                "doneOn.day",
                                "1",
                                "doneOn.month",
                                "2",
                                "doneOn.year",
                                "2020",
                                "text",
                                "Commissioning",
                                "version",
                                "999")),
                new Form(
                        "admin",
                        "POST",
                        "/admin" + base + "/scale/new",
                        map("words", "Very high", "description", "Text", "colour", "RED")),
                new Form(
                        "board",
                        "GET",
                        base,
                        map(
                                "kind",
                                "RISK",
                                "state",
                                "OPEN",
                                "owner",
                                officer,
                                "priority",
                                priority,
                                "overdue",
                                "true")));
    }

    private static Map<String, String> raise(
            String owner, String level, String priority, String action, String version) {
        return map(
                "kind",
                "RISK",
                "title",
                "Title",
                "description",
                "Description",
                "ownerId",
                owner,
                "levelId",
                level,
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "6",
                "reviewDate.year",
                "2030",
                "priorityIds",
                priority,
                "actionIds",
                action,
                "version",
                version);
    }

    private static Map<String, String> review(String state) {
        return map(
                "levelId",
                "",
                "state",
                state,
                "reviewDate.day",
                "1",
                "reviewDate.month",
                "6",
                "reviewDate.year",
                "2030",
                "note",
                "Note",
                "version",
                "999");
    }
}
