package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionService;
import com.cptracker.actions.DueDate;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator writes the promise to children, linked to what keeps it, and sets up governance and partners. */
@AdminApplicationTest
class PromiseAndGovernanceAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    MeasureAdminService measureAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    ActionService actions;

    @Autowired
    GovernanceService governance;

    @Autowired
    GovernanceAdminService governanceAdmin;

    String slug;
    long strategyId;
    long action;
    long measure;

    @BeforeEach
    void aStrategyWithAnActionAndAMeasure() {
        slug = "promise-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Promise test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        long priority = priorityAdmin.createPriority(
                strategyId, new PriorityFields("Pledge", 1, "Tell me why", null, null, null, null, null, List.of()));
        action = actionAdmin.create(
                strategyId,
                new ActionFields(
                        priority,
                        null,
                        "1a",
                        "Explain care plans to children",
                        DueDate.parse("Ongoing"),
                        List.of(new Lead("IRO Manager", null)),
                        Set.of(),
                        null,
                        null));
        measure = measureAdmin.create(
                strategyId,
                new MeasureFields(
                        priority,
                        null,
                        "M1",
                        "% of children who know why they are in care",
                        null,
                        MeasureUnit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.ANNUAL,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void writesThePromiseLinksItAndReordersIt() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/promises";
        Document blank = pages.page(base + "/new");
        assertThat(blank.select("input[name=actionIds]")).hasSize(1);
        pages.postAndFollow(
                base + "/new",
                "text",
                "We will tell you why you are in care",
                "actionIds",
                String.valueOf(action),
                "measureIds",
                String.valueOf(measure),
                "version",
                "");
        pages.postAndFollow(base + "/new", "text", "We will listen to you", "version", "");
        Document list = pages.page(base);
        assertThat(list.select("tbody tr").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).contains("We will tell you why you are in care", "1a", "M1"),
                        second -> assertThat(second).contains("We will listen to you"));

        var listen = strategyAdmin.promises(strategyId).get(1);
        pages.postAndFollow(
                base + "/" + listen.id() + "/move", "direction", "UP", "version", String.valueOf(listen.version() + 1));
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("Someone else changed this");
        pages.postAndFollow(
                base + "/" + listen.id() + "/move",
                "direction",
                "sideways",
                "version",
                String.valueOf(listen.version()));
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        pages.postAndFollow(base + "/" + listen.id() + "/move", "direction", "UP");
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(strategyAdmin.promises(strategyId))
                .as("a stale or tampered move moves nothing")
                .extracting(p -> p.fields().text())
                .containsExactly("We will tell you why you are in care", "We will listen to you");
        assertThat(list.select("form[action$=/move] button[name=direction]").eachAttr("value"))
                .containsExactly("DOWN", "UP");
        pages.postAndFollow(
                base + "/" + listen.id() + "/move", "direction", "UP", "version", String.valueOf(listen.version()));
        assertThat(pages.page(base).select(".govuk-notification-banner").text()).contains("Promise moved up");
        assertThat(strategyAdmin.promises(strategyId))
                .extracting(p -> p.fields().text())
                .containsExactly("We will listen to you", "We will tell you why you are in care");

        String[] fields = fieldsOf(pages.page(base + "/" + listen.id() + "/edit"), "main form");
        pages.postAndFollow(base + "/" + listen.id() + "/edit", with(fields, "actionIds", String.valueOf(action)));
        assertThat(strategyAdmin.promise(strategyId, listen.id()).fields().actionIds())
                .containsExactly(action);
        Document stale = pages.postWithErrors(base + "/" + listen.id() + "/edit", with(fields, "text", "Overwrite"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#text").text()).isEqualTo("Overwrite");

        long otherStrategysAction = actions.actionsOfStrategy(
                        strategies.bySlug("bury-2024-26").id())
                .getFirst()
                .id();
        Document foreign = pages.postWithErrors(
                base + "/new", "text", "We will", "actionIds", String.valueOf(otherStrategysAction), "version", "");
        assertThat(foreign.select("#actionIds-error").text()).contains("Choose actions of this strategy");
        Document garbage = pages.postWithErrors(
                base + "/new", "text", "", "actionIds", "1a", "measureIds", String.valueOf(measure), "version", "");
        assertThat(garbage.select(".govuk-error-summary a").eachAttr("href")).contains("#text", "#actionIds");
        assertThat(garbage.select("#actionIds-error").text()).contains("Choose actions from the list");
        assertThat(garbage.select("input[name=measureIds][checked]").val())
                .as("the rest kept")
                .isEqualTo(String.valueOf(measure));
        assertThat(strategyAdmin.promises(strategyId)).hasSize(2);

        Document board = pages.page("/strategies/" + slug + "/promise");
        assertThat(board.text()).contains("We will listen to you", "We will tell you why you are in care");
        Document trail = pages.page("/admin/audit", "item", "promise", "itemId", String.valueOf(listen.id()));
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("MOVE promise"))
                .anySatisfy(t -> assertThat(t).contains("UPDATE promise", "actions", String.valueOf(action)));
    }

    @Test
    void setsUpGovernanceAndPartnersRefusingLoopsAndDuplicates() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/governance";
        pages.postAndFollow(
                base + "/bodies/new",
                "name",
                "Corporate Parenting Board",
                "kind",
                "BOARD",
                "reportsToId",
                "",
                "chairTitle",
                "Lead Member for Children",
                "membership",
                "",
                "description",
                "",
                "version",
                "");
        long board = governance.bodiesOf(strategyId).getFirst().id();
        pages.postAndFollow(
                base + "/bodies/new",
                "name",
                "Homes workstream",
                "kind",
                "WORKSTREAM",
                "reportsToId",
                String.valueOf(board),
                "version",
                "");
        long homes = governance.bodiesOf(strategyId).get(1).id();
        assertThat(pages.page(base).select("tbody").first().text())
                .contains(
                        "Homes workstream",
                        "Workstream group",
                        "Corporate Parenting Board",
                        "Lead Member for Children");

        String[] boardFields = fieldsOf(pages.page(base + "/bodies/" + board + "/edit"), "main form");
        Document loop = pages.postWithErrors(
                base + "/bodies/" + board + "/edit", with(boardFields, "reportsToId", String.valueOf(homes)));
        assertThat(loop.select("#reportsToId-error").text())
                .contains("cannot report to itself or to a group that reports to it");
        Document twin = pages.postWithErrors(
                base + "/bodies/new", "name", "homes WORKSTREAM", "kind", "WORKSTREAM", "version", "");
        assertThat(twin.select("#name-error").text()).contains("already has a group with this name");
        Document noKind = pages.postWithErrors(base + "/bodies/new", "name", "Scrutiny", "version", "");
        assertThat(noKind.select("#kind-error").text()).contains("Choose what kind of group it is");

        pages.postAndFollow(base + "/bodies/" + board + "/edit", with(boardFields, "kind", "COMMITTEE"));
        Document stale = pages.postWithErrors(base + "/bodies/" + board + "/edit", with(boardFields, "name", "X"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");

        pages.postAndFollow(base + "/partners/new", "name", "NHS Testshire", "description", "Health", "version", "");
        assertThat(pages.postWithErrors(base + "/partners/new", "name", "nhs testshire", "version", "")
                        .select("#name-error")
                        .text())
                .contains("already has a partner with this name");
        long nhs = governance.partnersOf(strategyId).getFirst().id();
        String[] partner = fieldsOf(pages.page(base + "/partners/" + nhs + "/edit"), "main form");
        pages.postAndFollow(base + "/partners/" + nhs + "/edit", with(partner, "name", "NHS Testshire ICB"));
        assertThat(governance.partnersOf(strategyId)).extracting(p -> p.name()).containsExactly("NHS Testshire ICB");

        assertThat(pages.page("/admin/audit", "item", "governance body", "itemId", String.valueOf(board))
                        .select("tbody tr")
                        .first()
                        .text())
                .contains("UPDATE governance body", "Board", "Committee");
        assertThat(pages.page("/admin/audit", "item", "partner", "itemId", String.valueOf(nhs))
                        .select("tbody tr"))
                .hasSize(2);
        Document overview = pages.page("/strategies/" + slug);
        assertThat(overview.text()).contains("Homes workstream", "NHS Testshire ICB");
    }

    @Test
    void archivesPromisesBodiesAndPartnersWithAReasonAndBringsThemBack() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String promisesBase = "/admin/strategies/" + slug + "/promises";
        pages.postAndFollow(promisesBase + "/new", "text", "We will listen to you", "version", "");
        assertThat(pages.page(promisesBase).select(".govuk-notification-banner").text())
                .contains("Promise added");
        var promise = strategyAdmin.promises(strategyId).getFirst();
        pages.postAndFollow(
                promisesBase + "/" + promise.id() + "/archive",
                "archived",
                "true",
                "reason",
                " ",
                "version",
                String.valueOf(promise.version()));
        assertThat(strategies.promisesOf(strategyId)).hasSize(1);
        assertThat(pages.page(promisesBase).select(".govuk-error-summary a").attr("href"))
                .isEqualTo("#reason-promise-" + promise.id());
        pages.postAndFollow(
                promisesBase + "/" + promise.id() + "/archive",
                "archived",
                "true",
                "reason",
                "Replaced",
                "version",
                String.valueOf(promise.version()));
        assertThat(pages.page("/strategies/" + slug + "/promise").text()).doesNotContain("We will listen to you");
        assertThat(pages.page(promisesBase).select("tbody tr").first().text())
                .contains("We will listen to you", "Archived");
        pages.postAndFollow(
                promisesBase + "/" + promise.id() + "/archive",
                "archived",
                "false",
                "reason",
                "Back",
                "version",
                String.valueOf(promise.version()));
        assertThat(strategyAdmin.promise(strategyId, promise.id()).archived()).isTrue();
        pages.postAndFollow(
                promisesBase + "/" + promise.id() + "/archive",
                "archived",
                "false",
                "reason",
                "Back again",
                "version",
                String.valueOf(strategyAdmin.promise(strategyId, promise.id()).version()));
        assertThat(pages.page("/strategies/" + slug + "/promise").text()).contains("We will listen to you");
        assertThat(pages.page("/admin/audit", "item", "promise", "itemId", String.valueOf(promise.id()))
                        .select("tbody tr")
                        .eachText())
                .anySatisfy(t -> assertThat(t).contains("ARCHIVE", "Replaced"))
                .anySatisfy(t -> assertThat(t).contains("UNARCHIVE", "Back again"));

        String base = "/admin/strategies/" + slug + "/governance";
        pages.postAndFollow(base + "/bodies/new", "name", "Corporate Parenting Board", "kind", "BOARD", "version", "");
        pages.postAndFollow(base + "/partners/new", "name", "NHS Testshire", "version", "");
        pages.postAndFollow(base + "/partners/new", "name", "Testshire Police", "version", "");
        long board = governance.bodiesOf(strategyId).getFirst().id();
        var police = governance.partnersOf(strategyId).get(1);
        String overview = "/strategies/" + slug;
        assertThat(pages.page(overview).text()).contains("Corporate Parenting Board");

        pages.postAndFollow(base + "/bodies/" + board + "/archive", "archived", "true", "reason", "", "version", "0");
        assertThat(governance.bodiesOf(strategyId)).hasSize(1);
        pages.postAndFollow(
                base + "/bodies/" + board + "/archive", "archived", "true", "reason", "Merged", "version", "0");
        pages.postAndFollow(
                base + "/partners/" + police.id() + "/archive",
                "archived",
                "true",
                "reason",
                "No longer a partner",
                "version",
                "0");
        assertThat(governance.bodiesOf(strategyId)).isEmpty();
        assertThat(pages.page(overview).text())
                .doesNotContain("Corporate Parenting Board", "Testshire Police")
                .contains("NHS Testshire");
        Document admin = pages.page(base);
        assertThat(admin.select("tbody").first().text()).contains("Corporate Parenting Board", "Archived");
        assertThat(admin.select("tbody").get(1).text()).contains("Testshire Police", "Archived");
        pages.postAndFollow(
                base + "/bodies/" + board + "/archive", "archived", "false", "reason", "Back", "version", "0");
        assertThat(governance.bodiesOf(strategyId)).isEmpty();
        pages.postAndFollow(
                base + "/bodies/" + board + "/archive", "archived", "false", "reason", "Unmerged", "version", "1");
        pages.postAndFollow(
                base + "/partners/" + police.id() + "/archive",
                "archived",
                "false",
                "reason",
                "Partner again",
                "version",
                "1");
        assertThat(pages.page(overview).text()).contains("Corporate Parenting Board", "Testshire Police");

        String before = pages.page(overview).text();
        assertThat(before.indexOf("NHS Testshire")).isLessThan(before.indexOf("Testshire Police"));
        pages.postAndFollow(base + "/partners/" + police.id() + "/move", "direction", "UP", "version", "2");
        String after = pages.page(overview).text();
        assertThat(after.indexOf("Testshire Police")).isLessThan(after.indexOf("NHS Testshire"));
        pages.postAndFollow(base + "/partners/" + police.id() + "/move", "direction", "DOWN", "version", "2");
        assertThat(governance.partnersOf(strategyId))
                .extracting(p -> p.name())
                .containsExactly("Testshire Police", "NHS Testshire");

        assertThat(pages.page("/admin/audit", "item", "governance body", "itemId", String.valueOf(board))
                        .select("tbody tr")
                        .eachText())
                .anySatisfy(t -> assertThat(t).contains("ARCHIVE", "Merged"))
                .anySatisfy(t -> assertThat(t).contains("UNARCHIVE", "Unmerged"));
        assertThat(pages.page("/admin/audit", "item", "partner", "itemId", String.valueOf(police.id()))
                        .select("tbody tr")
                        .eachText())
                .anySatisfy(t -> assertThat(t).contains("ARCHIVE", "No longer"))
                .anySatisfy(t -> assertThat(t).contains("MOVE partner"));
    }

    @Test
    void aGroupOrPartnerMovesOnlyFromAPageShowingItsVersionAndOnlyUpOrDown() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/governance";
        for (String name : List.of("Corporate Parenting Board", "Homes workstream")) {
            governanceAdmin.createBody(strategyId, new BodyFields(name, BodyKind.BOARD, null, null, null, null));
        }
        var homes = governanceAdmin.bodies(strategyId).get(1);
        String move = base + "/bodies/" + homes.id() + "/move";

        pages.postAndFollow(move, "direction", "UP", "version", String.valueOf(homes.version() + 1));
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("Someone else changed this");
        for (String direction : new String[] {"sideways", "up", ""}) {
            pages.postAndFollow(move, "direction", direction, "version", String.valueOf(homes.version()));
            assertThat(pages.page(base).select(".govuk-error-summary").text())
                    .as(direction)
                    .contains("The page was out of date");
        }
        pages.postAndFollow(move, "direction", "UP", "version", "two");
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(governanceAdmin.bodies(strategyId))
                .as("nothing moved")
                .extracting(b -> b.name())
                .containsExactly("Corporate Parenting Board", "Homes workstream");

        pages.postAndFollow(move, "direction", "UP", "version", String.valueOf(homes.version()));
        assertThat(pages.page(base).select(".govuk-notification-banner").text()).contains("Homes workstream moved up");
        assertThat(governanceAdmin.bodies(strategyId))
                .extracting(b -> b.name())
                .containsExactly("Homes workstream", "Corporate Parenting Board");
        assertThat(pages.page(base)
                        .select("tbody")
                        .first()
                        .select("button[name=direction]")
                        .eachAttr("value"))
                .containsExactly("DOWN", "UP");
    }

    @Test
    void aGroupChosenAsTypedNonsenseIsRefusedBesideItWithEveryOtherProblemAtOnce() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/governance";
        Document page = pages.postWithErrors(
                base + "/bodies/new",
                "name",
                " ",
                "kind",
                "PALACE",
                "reportsToId",
                "the board",
                "chairTitle",
                "Lead Member",
                "version",
                "");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrder("#name", "#kind", "#reportsToId");
        assertThat(page.select("#name-error").text()).contains("Enter the name");
        assertThat(page.select("#kind-error").text()).contains("Choose what kind it is from the list");
        assertThat(page.select("#reportsToId-error").text()).contains("Choose a group from the list");
        assertThat(page.select("#chairTitle").val())
                .as("the rest kept as typed")
                .isEqualTo("Lead Member");
        assertThat(governance.bodiesOf(strategyId)).isEmpty();

        long nhs = governanceAdmin.createPartner(strategyId, new PartnerFields("NHS Testshire", null));
        Document stale = pages.postWithErrors(
                base + "/partners/" + nhs + "/edit",
                "name",
                "NHS",
                "description",
                "Health",
                "version",
                "not a version");
        assertThat(stale.select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(stale.select("#name").val()).isEqualTo("NHS");
        assertThat(governance.partnersOf(strategyId)).extracting(p -> p.name()).containsExactly("NHS Testshire");
    }
}
