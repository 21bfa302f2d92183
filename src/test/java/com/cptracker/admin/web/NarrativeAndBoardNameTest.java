package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.reporting.QuarterService;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.SectionAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.SectionEdit;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new administrator enters another council's strategy through the screens: its narrative in the document's own
 * headings and paragraphs, a board it calls a Panel, a priority, an action, a measure and a promise; then reads it back
 * as a board member before any quarter is published, and as an administrator with the first quarter open.
 *
 * <p>The excerpt is shaped as Torbay's Corporate Parenting Strategy 2025/28 is (a foreword, the vision, what children
 * told us, governance by a panel), written here in words of the same kind rather than copied.
 */
@AdminApplicationTest
class NarrativeAndBoardNameTest {

    static final String FOREWORD = """
            We want every child we look after to feel that the whole council is on their side.

            This strategy is our contract of trust with you: it says what we will do, and how you can check we did it.""";

    static final String TOLD_US = """
            When we asked, you told us that:
            - you want to know who your social worker is, and to keep them
            - you want a say in where you live
            - some adults still talk about “placements” when you mean “home”

            We have used your words in every priority below.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    SectionAdminService sections;

    @Autowired
    QuarterService quarters;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    MeasureAdminService measureAdmin;

    @Test
    void anotherCouncilsNarrativeAndPanelReadBackAsWrittenAndNothingIsFlaggedBeforeItsTime() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String slug = "bayside-" + System.nanoTime();
        admin.postAndFollow(
                "/admin/strategies/new",
                "slug",
                slug,
                "title",
                "Corporate Parenting Strategy 2025/28 - A contract of trust",
                "council",
                "Bayside Council",
                "startsOn.day",
                "1",
                "startsOn.month",
                "4",
                "startsOn.year",
                "2025",
                "endsOn.day",
                "31",
                "endsOn.month",
                "3",
                "endsOn.year",
                "2028",
                "status",
                "DRAFT",
                "version",
                "");
        long strategyId = strategies.bySlug(slug).id();
        String base = "/admin/strategies/" + slug;
        admin.postAndFollow(
                base + "/governance/bodies/new", "name", "Corporate Parenting Panel", "kind", "BOARD", "version", "");

        // The narrative, in the document's headings and order, one section at a time.
        String sectionsPage = base + "/sections";
        assertThat(admin.page(base).select("nav.app-subnav a").eachText()).contains("Narrative");
        admin.postAndFollow(sectionsPage + "/new", "heading", "Foreword", "body", FOREWORD, "version", "");
        admin.postAndFollow(sectionsPage + "/new", "heading", "What you told us", "body", TOLD_US, "version", "");
        admin.postAndFollow(
                sectionsPage + "/new",
                "heading",
                "Corporate Parenting Vision",
                "body",
                "Ambitious for you, as any good parent would be.",
                "version",
                "");
        admin.postAndFollow(sectionsPage + "/new", "heading", "Talking to us", "body", "Draft: to come", "version", "");

        // Every problem at once, what was typed kept.
        Document refused =
                admin.postWithErrors(sectionsPage + "/new", "heading", " ", "body", "x".repeat(50_001), "version", "");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#heading", "#body");
        assertThat(refused.select("#body").text()).hasSize(50_001);
        assertThat(refused.title()).startsWith("Error: ");

        assertThat(admin.page(sectionsPage).select(".govuk-notification-banner").text())
                .contains("Section added");
        List<SectionEdit> all = sections.sections(strategyId);
        SectionEdit vision = all.get(2);
        // A stale move and a stale edit are refused and change nothing.
        admin.postAndFollow(
                sectionsPage + "/" + vision.id() + "/move",
                "direction",
                "UP",
                "version",
                String.valueOf(vision.version() + 1));
        assertThat(admin.page(sectionsPage).select(".govuk-error-summary").text())
                .contains("Someone else changed this");
        String[] form = fieldsOf(admin.page(sectionsPage + "/" + vision.id() + "/edit"), "main form");
        admin.postAndFollow(
                sectionsPage + "/" + vision.id() + "/edit",
                with(form, "body", "Ambitious for you, as any good parent would be.\n\nAnd proud of you."));
        Document stale =
                admin.postWithErrors(sectionsPage + "/" + vision.id() + "/edit", with(form, "body", "Overwritten"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#body").text()).isEqualTo("Overwritten");
        assertThat(sections.section(strategyId, vision.id()).fields().body()).endsWith("And proud of you.");

        // The vision moves up, to follow the foreword as the document has it.
        admin.postAndFollow(
                sectionsPage + "/" + vision.id() + "/move",
                "direction",
                "UP",
                "version",
                String.valueOf(sections.section(strategyId, vision.id()).version()));
        SectionEdit talking = all.get(3);
        admin.postAndFollow(
                sectionsPage + "/" + talking.id() + "/archive",
                "archived",
                "true",
                "reason",
                "Not in the published document",
                "version",
                String.valueOf(talking.version()));
        Document list = admin.page(sectionsPage);
        assertThat(list.select("tbody tr").eachText())
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("Foreword"),
                        r -> assertThat(r).startsWith("Corporate Parenting Vision"),
                        r -> assertThat(r).startsWith("What you told us"),
                        r -> assertThat(r).startsWith("Talking to us Archived").contains("Bring back"));
        Document trail = admin.page("/admin/audit", "item", "section", "itemId", String.valueOf(vision.id()));
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("MOVE section"))
                .anySatisfy(t -> assertThat(t).contains("UPDATE section"));

        // A promise nothing is linked to yet, and the import's path: a section set by its heading.
        admin.postAndFollow(base + "/promises/new", "text", "We will listen to you", "version", "");
        long priority = priorityAdmin.createPriority(
                strategyId,
                new PriorityFields("Priority", 1, "We will work with you", null, null, null, null, null, List.of()));
        actionAdmin.create(
                strategyId,
                new ActionFields(
                        priority,
                        null,
                        "1.1",
                        "Tell every child who their social worker is",
                        DueDate.parse("June 2025"),
                        List.of(new Lead("Head of Children in Care", null)),
                        Set.of(),
                        null,
                        null));
        measureAdmin.create(
                strategyId,
                new MeasureFields(
                        priority,
                        null,
                        "M1",
                        "% of children who know their social worker",
                        null,
                        MeasureUnit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.QUARTERLY,
                        null,
                        null,
                        null,
                        null));
        strategyAdmin.setSection(strategyId, "Foreword", FOREWORD);
        assertThat(sections.sections(strategyId)).hasSize(4);

        SignedIn board = SignedIn.as(mvc, "board");
        Document overview = board.page("/strategies/" + slug);
        assertThat(overview.select("#strategy-sections h3").eachText())
                .containsExactly("Foreword", "Corporate Parenting Vision", "What you told us");
        Element toldUs = overview.selectFirst("#strategy-sections-content-3");
        assertThat(toldUs.select("li").eachText())
                .containsExactly(
                        "you want to know who your social worker is, and to keep them",
                        "you want a say in where you live",
                        "some adults still talk about “placements” when you mean “home”");
        assertThat(toldUs.select("p").eachText())
                .contains("When we asked, you told us that:", "We have used your words in every priority below.");
        assertThat(overview.select("p").eachText())
                .contains(
                        "We want every child we look after to feel that the whole council is on their side.",
                        "This strategy is our contract of trust with you: it says what we will do, and how you can"
                                + " check we did it.",
                        "And proud of you.");

        // The Panel, never "the Corporate Parenting Board", on every page of the strategy a board member reads.
        Document promise = board.page("/strategies/" + slug + "/promise");
        assertThat(promise.text()).contains("The Corporate Parenting Panel will be asked how it is being kept.");
        Document exceptions = board.page("/strategies/" + slug + "/exceptions");
        assertThat(exceptions.text()).contains("what the Corporate Parenting Panel looks at first");
        for (Document page : List.of(overview, promise, exceptions)) {
            assertThat(page.text()).doesNotContain("Corporate Parenting Board");
        }

        // Nothing is flagged about a quarter the board has not been given, even once it is open for updates.
        ReportingPeriod first = ReportingPeriod.parse("2025-26-Q1");
        long version = quarters.statuses(strategyId, List.of(first)).getFirst().version();
        admin.postAndFollow(
                "/strategies/" + slug + "/quarters/" + first.code(),
                "step",
                "OPEN",
                "deadline.day",
                "31",
                "deadline.month",
                "7",
                "deadline.year",
                "2025",
                "version",
                String.valueOf(version));
        for (String path : List.of("", "/actions", "/scorecard", "/exceptions", "/promise", "/priorities/1")) {
            String page = "/strategies/" + slug + path;
            Document read = board.page(page);
            assertThat(read.text())
                    .as(page)
                    .contains("No quarter of this strategy has been published yet")
                    .doesNotContain("No update this quarter", "with no update for", "None for 2025-26 Q1")
                    .doesNotContain("Corporate Parenting Board");
            assertThat(read.select(".app-flag").eachText()).as(page).isEmpty();
        }
        Document action = board.page("/strategies/" + slug + "/actions/1.1");
        assertThat(action.select(".app-flag")).isEmpty();
        assertThat(action.text()).doesNotContain("No update this quarter", "At risk");
        assertThat(board.page("/strategies/" + slug + "/measures/M1").text()).doesNotContain("No data");
        // Those who may see the open quarter still see its flags.
        assertThat(admin.page("/strategies/" + slug + "/actions").text())
                .contains("No update this quarter", "with no update for 2025-26 Q1")
                .doesNotContain("No quarter of this strategy has been published yet");
    }
}
