package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.reporting.QuarterService;
import com.cptracker.reporting.QuarterState;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recommendations answered, as a new administrator enters them: a scrutiny review of another council with its six
 * numbered recommendations, typed through the screens, two actions answering recommendation 3 and one answering
 * recommendation 1 beside its free-text cross-reference; then read back on the board's pages of a published quarter
 * (the action plan's column and its filter by report, the report's page, each action's page), word for word. What the
 * administrator changes afterwards leaves the published quarter's pages as the board saw them.
 */
@DemoApplicationTest
@OwnDatabase("recommendations")
class RecommendationsJourneyTest {

    static final String SLUG = "westmoor-2024-26";
    static final String Q1 = "2024-25-Q1";
    static final String TITLE = "Scrutiny Review: Placement Stability for Children in Our Care";
    static final String MADE_BY = "Children & Young People's Overview and Scrutiny Panel";
    static final List<String[]> RECOMMENDATIONS = List.of(
            new String[] {
                "R1",
                "That the Corporate Parenting Panel receives a quarterly report on placement moves, "
                        + "including the reasons children gave for each move."
            },
            new String[] {
                "R2",
                "That the service develops a \"placement stability\" early-warning meeting, chaired by "
                        + "a Head of Service, for any child with two moves in 12 months."
            },
            new String[] {
                "R3",
                "That the Council increases the number of in-house foster carers by 10% by March 2026, "
                        + "with a recruitment campaign aimed at carers for teenagers & sibling groups."
            },
            new String[] {
                "R4", "That every child's care plan records their views on where they live, in their own " + "words."
            },
            new String[] {
                "R5",
                "That elected members visit at least one children's home each year (Regulation 44 "
                        + "reports to be shared with the Panel)."
            },
            new String[] {"R6", "That the Panel reviews progress against these recommendations in 12 months' time."});

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    QuarterService quarters;

    @Test
    void aScrutinyReviewEnteredThroughTheScreensReadsBackOnTheBoardsPagesAsWrittenAndStaysAsPublished()
            throws Exception {
        long strategyId = strategyWithActions();
        AdminPages admin = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + SLUG + "/recommendations";

        // The report, as the council's document names it.
        String source = admin.postAndFollow(
                base + "/new",
                "title",
                TITLE,
                "kind",
                "Scrutiny review",
                "issuedOn.day",
                "14",
                "issuedOn.month",
                "3",
                "issuedOn.year",
                "2024",
                "madeBy",
                MADE_BY,
                "link",
                "https://democracy.westmoor.example/scrutiny/placement-stability",
                "version",
                "");
        assertThat(source).matches(base + "/\\d+");
        for (String[] r : RECOMMENDATIONS) {
            admin.postAndFollow(source + "/recommendations/new", "ref", r[0], "text", r[1], "version", "");
        }
        Document sourcePage = admin.page(source);
        assertThat(sourcePage
                        .select("#recommendations ~ table tbody tr td:first-child")
                        .eachText())
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6");
        Map<String, String> recs = new LinkedHashMap<>();
        jdbc.queryForList("select ref, id from recommendation where source_id = ? order by position", sourceId(source))
                .forEach(row -> recs.put((String) row.get("ref"), String.valueOf(row.get("id"))));

        // Two actions answer R3; a third answers R1 and keeps its own cross-reference.
        answer(admin, "2a", "recommendationIds", recs.get("R3"));
        answer(admin, "2b", "recommendationIds", recs.get("R3"));
        answer(
                admin,
                "2c",
                "recommendationIds",
                recs.get("R1"),
                "crossReference",
                "Ofsted ILACS 2023: \"what needs to improve\" 2");
        Document edit2a = admin.page("/admin/strategies/" + SLUG + "/actions/" + actionId("2a") + "/edit");
        assertThat(edit2a.select("input[name=recommendationIds][checked]").eachAttr("value"))
                .containsExactly(recs.get("R3"));

        quarters.setUp(strategyId, Q1, QuarterState.PUBLISHED, null);
        MockHttpSession board = SignedIn.as(mvc, "board").session();

        Document plan = page(board, "/strategies/" + SLUG + "/actions?period=" + Q1);
        assertThat(answers(plan, "2a")).isEqualTo(TITLE + ": R3");
        assertThat(answers(plan, "2b")).isEqualTo(TITLE + ": R3");
        assertThat(answers(plan, "2c")).isEqualTo(TITLE + ": R1 Ofsted ILACS 2023: \"what needs to improve\" 2");
        assertThat(answers(plan, "2d")).isEmpty();
        assertThat(plan.select("#source option").eachText()).containsExactly("Any report or none", TITLE);

        Document filtered =
                page(board, "/strategies/" + SLUG + "/actions?period=" + Q1 + "&source=" + sourceId(source));
        assertThat(filtered.select("td.app-ref").eachText()).containsExactly("2a", "2b", "2c");
        assertThat(filtered.text()).contains("3 actions shown (filtered)");

        String boardSource = "/strategies/" + SLUG + "/recommendations/" + sourceId(source) + "?period=" + Q1;
        Document read = page(board, boardSource);
        assertThat(read.select("h1").text()).isEqualTo(TITLE + ", 2024-25 Q1");
        assertThat(read.select(".govuk-caption-l").text()).isEqualTo("Scrutiny review");
        assertThat(read.select(".govuk-summary-list").text())
                .contains(MADE_BY)
                .contains("14 March 2024")
                .contains("https://democracy.westmoor.example/scrutiny/placement-stability");
        var rows = read.select("table tbody tr");
        assertThat(rows).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(rows.get(i).child(0).text()).isEqualTo(RECOMMENDATIONS.get(i)[0]);
            assertThat(rows.get(i).child(1).text()).isEqualTo(RECOMMENDATIONS.get(i)[1]);
        }
        assertThat(rows.get(2).child(2).select("a[href*=/actions/]").eachText()).containsExactly("2a", "2b");
        assertThat(rows.get(2).child(2).text())
                .contains("Recruit more in-house foster carers for teenagers")
                .as("each action's status as the action plan gives it")
                .contains(plan.select("tr:has(td.app-ref:contains(2a)) td:nth-child(7) .govuk-tag")
                        .first()
                        .text());
        assertThat(rows.get(2).child(2).text()).contains("No update yet");
        assertThat(rows.get(0).child(2).select("a[href*=/actions/]").eachText()).containsExactly("2c");
        assertThat(rows.get(1).child(2).text()).isEqualTo("No action answers this recommendation.");
        assertThat(read.text()).contains("6 recommendations, 4 answered by no action");

        Document action = page(board, "/strategies/" + SLUG + "/actions/2a?period=" + Q1);
        assertThat(action.select(".govuk-summary-list").text())
                .contains("Recommendations it answers " + TITLE + ": R3: "
                        + RECOMMENDATIONS.get(2)[1]);
        Document overview = page(board, "/strategies/" + SLUG + "?period=" + Q1);
        assertThat(overview.select("#recommendations + ul a").eachText()).containsExactly(TITLE);

        List<String> published = List.of(
                "/strategies/" + SLUG + "/actions?period=" + Q1,
                "/strategies/" + SLUG + "/actions?period=" + Q1 + "&source=" + sourceId(source),
                boardSource,
                "/strategies/" + SLUG + "/actions/2a?period=" + Q1,
                "/strategies/" + SLUG + "/actions/2b?period=" + Q1,
                "/strategies/" + SLUG + "/actions/2c?period=" + Q1,
                "/strategies/" + SLUG + "?period=" + Q1,
                "/strategies/" + SLUG + "/action-plan/" + Q1 + ".csv");
        Map<String, String> before = contents(board, published);
        assertThat(before.get("/strategies/" + SLUG + "/action-plan/" + Q1 + ".csv"))
                .contains(TITLE + ": R3");

        // A stale page is refused: the report and a recommendation changed since the form was shown.
        Document staleSource = admin.page(source + "/edit");
        admin.postAndFollow(
                source + "/edit", with(fieldsOf(staleSource, "main form"), "kind", "Scrutiny review (final)"));
        Document refused = admin.postWithErrors(
                source + "/edit", with(fieldsOf(staleSource, "main form"), "title", "Someone else's title"));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(refused.select("#title").val()).isEqualTo("Someone else's title");
        String r3 = source + "/recommendations/" + recs.get("R3") + "/edit";
        Document staleR3 = admin.page(r3);
        admin.postAndFollow(r3, with(fieldsOf(staleR3, "main form"), "text", "Reworded after the Panel met."));
        assertThat(admin.postWithErrors(r3, with(fieldsOf(staleR3, "main form"), "ref", "3"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Someone else changed this while you were editing it");

        // Later changes: 2b answers nothing, a seventh recommendation, the report archived.
        String edit2b = "/admin/strategies/" + SLUG + "/actions/" + actionId("2b") + "/edit";
        List<String> pairs = new ArrayList<>(List.of(fieldsOf(admin.page(edit2b), "main form")));
        for (int i = pairs.size() - 2; i >= 0; i -= 2) {
            if (pairs.get(i).equals("recommendationIds")) {
                pairs.remove(i + 1);
                pairs.remove(i);
            }
        }
        admin.postAndFollow(edit2b, pairs.toArray(String[]::new));
        admin.postAndFollow(source + "/recommendations/new", "ref", "R7", "text", "A late addition.", "version", "");
        admin.postAndFollow(
                source + "/archive",
                "archived",
                "true",
                "reason",
                "Superseded by the 2025 review",
                "version",
                String.valueOf(jdbc.queryForObject(
                        "select version from recommendation_source where id = ?", Long.class, sourceId(source))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_recommendation where action_id = ?",
                        Integer.class,
                        actionId("2b")))
                .isZero();

        Map<String, String> after = contents(board, published);
        before.forEach((path, html) -> assertThat(after.get(path))
                .as("the published quarter's " + path)
                .isEqualTo(html));
        assertThat(jdbc.queryForList(
                        "select item_type from audit_event where item_type in ('recommendation source', "
                                + "'recommendation') or (item_type = 'action' and changes::text like '%answers%')",
                        String.class))
                .contains("recommendation source", "recommendation", "action");
    }

    /** Posts the action's form as it stands with these fields set. */
    private void answer(AdminPages admin, String ref, String... changes) throws Exception {
        String edit = "/admin/strategies/" + SLUG + "/actions/" + actionId(ref) + "/edit";
        admin.postAndFollow(edit, with(fieldsOf(admin.page(edit), "main form"), changes));
    }

    private static String answers(Document plan, String ref) {
        Element row = plan.select("tr").stream()
                .filter(tr -> !tr.select("td.app-ref").isEmpty()
                        && tr.selectFirst("td.app-ref").text().equals(ref))
                .findFirst()
                .orElseThrow();
        return row.child(5).text();
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Map<String, String> contents(MockHttpSession session, List<String> paths) throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        for (String path : paths) {
            var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            read.put(
                    path,
                    path.endsWith(".csv")
                            ? body
                            : Jsoup.parse(body).select("main").html());
        }
        return read;
    }

    private long sourceId(String sourcePath) {
        return Long.parseLong(sourcePath.substring(sourcePath.lastIndexOf('/') + 1));
    }

    private long actionId(String ref) {
        return jdbc.queryForObject(
                "select a.id from action a join strategy s on s.id = a.strategy_id where s.slug = ? and a.ref = ?",
                Long.class,
                SLUG,
                ref);
    }

    /** Another council's strategy, set up as the administration tests set theirs up: a priority and four actions. */
    private long strategyWithActions() {
        long id = strategyAdmin.create(new StrategyFields(
                SLUG,
                "Corporate Parenting Strategy 2024-2026",
                null,
                "Westmoor Borough Council",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2026, 3, 31),
                StrategyStatus.CURRENT,
                null,
                null));
        long priority = priorityAdmin.createPriority(
                id,
                new PriorityFields(
                        "Priority",
                        2,
                        "A stable, loving home",
                        null,
                        null,
                        null,
                        "Head of Service, Children in Care",
                        null,
                        List.of()));
        for (String[] a : List.of(
                new String[] {"2a", "Recruit more in-house foster carers for teenagers"},
                new String[] {"2b", "Launch a sibling-group fostering campaign"},
                new String[] {"2c", "Report placement moves, and why, to every Panel meeting"},
                new String[] {"2d", "Refresh the sufficiency strategy"})) {
            actionAdmin.create(
                    id,
                    new ActionFields(
                            priority,
                            null,
                            a[0],
                            a[1],
                            DueDate.parse("March 2026"),
                            List.of(new Lead("Fostering Service Manager", null)),
                            Set.of(),
                            null,
                            null));
        }
        return id;
    }
}
