package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceRecords.NewBody;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** An administrator sets up priorities in the council's own words, their statements, and their order. */
@AdminApplicationTest
class PriorityAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService admin;

    @Autowired
    StrategyService strategies;

    @Autowired
    GovernanceService governance;

    String slug;
    long strategyId;
    Map<String, Long> bodies;
    Map<String, Long> partners;

    @BeforeEach
    void aStrategyWithGovernance() {
        slug = "priorities-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Priorities test", StrategyStatus.DRAFT));
        strategyId = strategies.bySlug(slug).id();
        bodies = governance.addBodies(
                strategyId,
                List.of(
                        new NewBody("board", "Corporate Parenting Board", BodyKind.BOARD, null, null, null, null),
                        new NewBody("home", "Homes workstream", BodyKind.WORKSTREAM, null, null, null, "board")));
        partners = governance.addPartners(
                strategyId,
                List.of(
                        new NewPartner("nhs", "NHS Testshire", null),
                        new NewPartner("police", "Testshire Police", null)));
    }

    @Test
    void createsPrioritiesWithStatementsAndReordersThem() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/priorities";
        Document blank = pages.page(base + "/new");
        assertThat(blank.select("#number").val()).isEqualTo("1");
        assertThat(blank.select("#workstreamId option").eachText()).contains("None", "Homes workstream");

        String first = pages.postAndFollow(
                base + "/new",
                "label",
                "Outcome",
                "number",
                "1",
                "title",
                "Provide me with a good, safe home",
                "statement",
                "",
                "vision",
                "A home for every child",
                "challenge",
                "",
                "leadTitle",
                "Head of Children's Homes",
                "workstreamId",
                id("home"),
                "partnerIds",
                partnerId("nhs"),
                "partnerIds",
                partnerId("police"),
                "version",
                "");
        assertThat(first).matches(base + "/\\d+");
        Document second = pages.page(base + "/new");
        assertThat(second.select("#label").val())
                .as("the council's label is offered again")
                .isEqualTo("Outcome");
        assertThat(second.select("#number").val()).isEqualTo("2");
        pages.postAndFollow(base + "/new", with(fieldsOf(second, "main form"), "title", "Help me learn"));

        Document taken = pages.postWithErrors(
                base + "/new",
                with(fieldsOf(pages.page(base + "/new"), "main form"), "number", "2", "title", "Another"));
        assertThat(taken.select("#number-error").text()).contains("Number 2 is already Outcome 2: Help me learn");

        Document bad = pages.postWithErrors(
                base + "/new",
                "label",
                "",
                "number",
                "two",
                "title",
                "x",
                "workstreamId",
                "<b>",
                "partnerIds",
                "999999",
                "version",
                "");
        assertThat(bad.title()).startsWith("Error: ");
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#label", "#number", "#workstreamId");
        assertThat(bad.select("#number").val()).isEqualTo("two");
        assertThat(strategies.prioritiesOf(strategyId)).hasSize(2);

        Document page = pages.page(first);
        assertThat(page.text()).contains("Outcome 1", "Homes workstream", "NHS Testshire", "Testshire Police");
        String statements = first + "/statements";
        pages.postAndFollow(
                statements + "/new",
                "kind",
                "COMMITMENT",
                "text",
                "We will find you a home near school",
                "version",
                "");
        pages.postAndFollow(
                statements + "/new", "kind", "OUTCOME_STATEMENT", "text", "Children live close to home", "version", "");
        page = pages.page(first);
        assertThat(page.select("#statements ~ table tbody tr td:nth-child(2)").eachText())
                .containsExactly("We will find you a home near school", "Children live close to home");
        var toMove = admin.statements(strategyId, priorityId(1)).get(1);
        long secondStatement = toMove.id();
        pages.postAndFollow(
                statements + "/" + secondStatement + "/move",
                "direction",
                "UP",
                "version",
                String.valueOf(toMove.version() + 1));
        assertThat(pages.page(first).select(".govuk-error-summary").text()).contains("Someone else changed this");
        pages.postAndFollow(
                statements + "/" + secondStatement + "/move",
                "direction",
                "sideways",
                "version",
                String.valueOf(toMove.version()));
        assertThat(pages.page(first).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(admin.statements(strategyId, priorityId(1)))
                .extracting(s -> s.text())
                .containsExactly("We will find you a home near school", "Children live close to home");
        pages.postAndFollow(
                statements + "/" + secondStatement + "/move",
                "direction",
                "UP",
                "version",
                String.valueOf(toMove.version()));
        assertThat(admin.statements(strategyId, priorityId(1)))
                .extracting(s -> s.text())
                .containsExactly("Children live close to home", "We will find you a home near school");

        Document edit = pages.page(statements + "/" + secondStatement + "/edit");
        String[] fields = fieldsOf(edit, "main form");
        pages.postAndFollow(statements + "/" + secondStatement + "/edit", with(fields, "kind", "OBJECTIVE"));
        Document stale =
                pages.postWithErrors(statements + "/" + secondStatement + "/edit", with(fields, "text", "Overwritten"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#text").text()).isEqualTo("Overwritten");
        assertThat(admin.statement(strategyId, priorityId(1), secondStatement).kind())
                .isEqualTo(StatementKind.OBJECTIVE);

        long learn = priorityId(2);
        pages.postAndFollow(
                "/admin/strategies/" + slug + "/priorities/" + learn + "/move",
                "direction",
                "UP",
                "version",
                String.valueOf(admin.priority(strategyId, learn).version()));
        assertThat(strategies.prioritiesOf(strategyId))
                .extracting(p -> p.number() + " " + p.title())
                .containsExactly("1 Help me learn", "2 Provide me with a good, safe home");

        Document board = pages.page("/strategies/" + slug + "/priorities/2");
        assertThat(board.text())
                .contains(
                        "Provide me with a good, safe home",
                        "Homes workstream",
                        "NHS Testshire",
                        "Children live close to home",
                        "We will find you a home near school");

        Document trail = pages.page("/admin/audit", "item", "priority", "itemId", String.valueOf(learn));
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("MOVE priority", "number", "2", "1"))
                .anySatisfy(t -> assertThat(t).contains("CREATE priority", "Help me learn"));
        Document statementTrail =
                pages.page("/admin/audit", "item", "statement", "itemId", String.valueOf(secondStatement));
        assertThat(statementTrail.select("tbody tr").eachText()).hasSize(3);
    }

    @Test
    void aPriorityChangedMeanwhileIsNotOverwritten() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/priorities";
        String page = pages.postAndFollow(
                base + "/new",
                "label",
                "Pledge",
                "number",
                "1",
                "title",
                "Be healthy",
                "workstreamId",
                "",
                "version",
                "");
        String[] fields = fieldsOf(pages.page(page + "/edit"), "main form");
        pages.postAndFollow(page + "/edit", with(fields, "partnerIds", partnerId("police")));
        Document stale = pages.postWithErrors(page + "/edit", with(fields, "title", "Be well"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(admin.priority(strategyId, priorityId(1)).fields().title()).isEqualTo("Be healthy");
        assertThat(admin.priority(strategyId, priorityId(1)).fields().partnerIds())
                .containsExactly(partners.get("police"));

        Document trail = pages.page("/admin/audit", "item", "priority", "itemId", String.valueOf(priorityId(1)));
        assertThat(trail.select("tbody tr").first().text())
                .contains("UPDATE priority", "key partners", "Testshire Police");
    }

    private String id(String body) {
        return String.valueOf(bodies.get(body));
    }

    private String partnerId(String key) {
        return String.valueOf(partners.get(key));
    }

    private long priorityId(int number) {
        return strategies.priority(strategyId, number).id();
    }

    @Test
    void archivesAPriorityAndAStatementWithAReasonAndBringsThemBack() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long id = admin.createPriority(
                strategyId,
                new PriorityFields("Outcome", 1, "Safe and settled", null, null, null, null, null, List.of()));
        long statement = admin.addStatement(strategyId, id, StatementKind.COMMITMENT, "We will keep you safe");
        String base = "/admin/strategies/" + slug + "/priorities/" + id;

        pages.postAndFollow(
                base + "/archive",
                "archived",
                "true",
                "reason",
                " ",
                "version",
                String.valueOf(admin.priority(strategyId, id).version()));
        assertThat(admin.priority(strategyId, id).archived())
                .as("no reason, no change")
                .isFalse();
        var refused = pages.page(base);
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason-priority");
        assertThat(refused.select("#reason-priority").attr("aria-describedby")).isEqualTo("reason-priority-error");
        assertThat(refused.select("#reason-priority-error").text()).contains("Enter the reason");

        pages.postAndFollow(
                base + "/statements/" + statement + "/archive",
                "archived",
                "true",
                "reason",
                "Merged into another",
                "version",
                String.valueOf(admin.statement(strategyId, id, statement).version()));
        assertThat(strategies.priority(strategyId, 1).statements()).isEmpty();

        long version = admin.priority(strategyId, id).version();
        pages.postAndFollow(
                base + "/archive",
                "archived",
                "true",
                "reason",
                "Replaced by the new plan",
                "version",
                String.valueOf(version));
        assertThat(strategies.prioritiesOf(strategyId)).isEmpty();
        assertThat(pages.page("/strategies/" + slug).text()).doesNotContain("Safe and settled");
        mvc.perform(MockMvcRequestBuilders.get("/strategies/" + slug + "/priorities/1")
                        .session(pages.session()))
                .andExpect(MockMvcResultMatchers.status().isNotFound());

        pages.postAndFollow(
                base + "/archive", "archived", "false", "reason", "Stale", "version", String.valueOf(version));
        assertThat(admin.priority(strategyId, id).archived())
                .as("a stale version changes nothing")
                .isTrue();
        pages.postAndFollow(
                base + "/archive",
                "archived",
                "false",
                "reason",
                "Back again",
                "version",
                String.valueOf(admin.priority(strategyId, id).version()));
        assertThat(strategies.prioritiesOf(strategyId)).hasSize(1);
        assertThat(pages.page("/admin/audit", "item", "priority")
                        .select("tbody tr")
                        .eachText())
                .anySatisfy(t -> assertThat(t).contains("ARCHIVE", "Replaced by the new plan"))
                .anySatisfy(t -> assertThat(t).contains("UNARCHIVE", "Back again"));
    }
}
