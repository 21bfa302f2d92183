package com.cptracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import com.cptracker.assessment.AssessmentEdits.FrameworkFields;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.reporting.QuarterService;
import com.cptracker.scale.ScaleStep;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.status.Status;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.PageForm;
import com.cptracker.support.QuarterSteps;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestStrategies;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A council's self-assessment against the seven corporate parenting principles (Children and Social Work Act 2017,
 * section 1(1)), entered through the screens as a new administrator would, with the council's four-point scale; its
 * lead rates two quarters, both are published, and a board member reads them back word for word, with their history
 * and evidence; a rating the board has seen changes only by a correction with a reason.
 */
@AdminApplicationTest
class SelfAssessmentJourneyTest {

    static final String SOURCE = "Children and Social Work Act 2017, section 1(1)";
    static final List<String[]> PRINCIPLES = List.of(
            new String[] {
                "(a)",
                "to act in the best interests, and promote the physical and mental health and well-being, of those"
                        + " children and young people"
            },
            new String[] {
                "(b)", "to encourage those children and young people to express their views, wishes and feelings"
            },
            new String[] {
                "(c)", "to take into account the views, wishes and feelings of those children and young people"
            },
            new String[] {
                "(d)",
                "to help those children and young people gain access to, and make the best use of, services provided"
                        + " by the local authority and its relevant partners"
            },
            new String[] {
                "(e)",
                "to promote high aspirations, and seek to secure the best outcomes, for those children and young people"
            },
            new String[] {
                "(f)",
                "for those children and young people to be safe, and for stability in their home lives, relationships"
                        + " and education or work"
            },
            new String[] {"(g)", "to prepare those children and young people for adulthood and independent living"});
    static final String RATE_FORM = "form[action*=/criteria/]";
    static final String EVIDENCE_Q1 =
            "Health assessments within 20 working days: 89%.\nCiCC reviewed the health pathway.";

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
    MeasureAdminService measureAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    @Autowired
    FrameworkAdminService frameworks;

    @Autowired
    AssessmentService assessment;

    String slug;
    StrategySummary strategy;
    long action;
    long measure;
    long officerId;

    @BeforeEach
    void aStrategyWithAnActionAndAMeasure() {
        slug = "principles-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Corporate Parenting Strategy", StrategyStatus.CURRENT));
        strategy = strategies.bySlug(slug);
        long priority = priorityAdmin.createPriority(
                strategy.id(),
                new PriorityFields("Priority", 1, "Healthy lives", null, null, null, null, null, List.of()));
        action = actionAdmin.create(
                strategy.id(),
                TestStrategies.ongoing(
                        priority,
                        "1a",
                        "Review the health pathway with the Children in Care Council",
                        "Designated Nurse"));
        measure = measureAdmin.create(
                strategy.id(),
                new MeasureFields(
                        priority,
                        null,
                        "H1",
                        "% of initial health assessments within 20 working days",
                        null,
                        MeasureUnit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.QUARTERLY,
                        null,
                        null,
                        null,
                        null));
        officerId = jdbc.queryForObject("select id from user_account where username = 'officer'", Long.class);
    }

    @Test
    void theSevenPrinciplesAreEnteredRatedPublishedAndReadBackAsWritten() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/self-assessment";
        assertThat(admin.page(base).select("a.govuk-button").text()).contains("Set up the framework");
        admin.accepted(
                base + "/framework",
                "name",
                "The corporate parenting principles",
                "source",
                SOURCE,
                "description",
                "We rate ourselves each quarter against the seven principles.");
        String[][] scale = {
            {"Outstanding", "COMPLETE"}, {"Good", "GREEN"}, {"Requires improvement", "AMBER"}, {"Inadequate", "RED"}
        };
        for (String[] step : scale) {
            admin.accepted(base + "/scale/new", "words", step[0], "description", "", "colour", step[1]);
        }
        for (String[] p : PRINCIPLES) {
            admin.accepted(
                    base + "/criteria/new",
                    "ref",
                    p[0],
                    "title",
                    p[1],
                    "description",
                    "",
                    "leadTitle",
                    "Head of Service, Children in Care",
                    "leadUserId",
                    String.valueOf(officerId));
        }
        Document framework = admin.page(base);
        assertThat(framework.select("#criteria ~ table tbody tr")).hasSize(7);
        assertThat(framework.text()).contains(PRINCIPLES.get(5)[1]).contains("Requires improvement");

        // Every problem at once, beside its field, and what was typed kept: a lead that is not a number, no title.
        Document bad = admin.refused(base + "/criteria/new", "ref", "(h)", "title", "", "leadUserId", "someone");
        assertThat(bad.select("#title-error").text()).contains("Enter the criterion");
        assertThat(bad.select("#leadUserId-error").text()).contains("Choose an officer from the list");
        assertThat(bad.select("#ref").val()).isEqualTo("(h)");

        open("2024-25-Q1");
        SignedIn officer = SignedIn.as(mvc, "officer");
        Document my = officer.page("/my");
        assertThat(my.select("#rate-" + slug).text()).contains("Self-assessment");
        Element toRate =
                my.select("a[href*=/self-assessment/2024-25-Q1/criteria/]").first();
        assertThat(toRate).isNotNull();
        long a = criterionId("(a)");
        long b = criterionId("(b)");
        String rateA = "/strategies/" + slug + "/self-assessment/2024-25-Q1/criteria/" + a;

        // A rating without a step or evidence is refused beside both fields.
        Document missing = officer.refused(rateA, "levelId", "x", "evidence", " ", "version", "-1");
        assertThat(missing.select("#levelId-error").text()).contains("Choose a rating from the scale");
        assertThat(missing.select("#evidence-error").text()).contains("Enter the evidence");

        officer.accepted(
                rateA,
                "levelId",
                level("Good"),
                "evidence",
                EVIDENCE_Q1,
                "actionIds",
                String.valueOf(action),
                "measureIds",
                String.valueOf(measure),
                "version",
                "-1");
        officer.accepted(
                "/strategies/" + slug + "/self-assessment/2024-25-Q1/criteria/" + b,
                "levelId",
                level("Requires improvement"),
                "evidence",
                "Only 4 of 9 reviews were chaired by the young person.",
                "version",
                "-1");
        // An edit while the quarter is open is audited.
        String[] fields = PageForm.fieldsOf(officer.page(rateA), RATE_FORM);
        officer.accepted(rateA, PageForm.with(fields, "evidence", EVIDENCE_Q1 + "\nRevisited."));
        officer.accepted(
                rateA, PageForm.with(PageForm.fieldsOf(officer.page(rateA), RATE_FORM), "evidence", EVIDENCE_Q1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_type = 'assessment rating' and item_label like '(a)%'",
                        Integer.class))
                .isEqualTo(3);
        publish("2024-25-Q1");

        open("2024-25-Q2");
        officer.accepted(
                "/strategies/" + slug + "/self-assessment/2024-25-Q2/criteria/" + a,
                "levelId",
                level("Outstanding"),
                "evidence",
                "All initial health assessments on time.",
                "version",
                "-1");
        publish("2024-25-Q2");

        // The officer cannot change a rating the board has seen.
        assertThat(officer.status(rateA)).isEqualTo(404);

        SignedIn board = SignedIn.as(mvc, "board");
        Document q2 = board.page("/strategies/" + slug + "/self-assessment/2024-25-Q2");
        assertThat(q2.select("h2").text()).contains("The corporate parenting principles");
        assertThat(q2.text()).contains(SOURCE);
        for (String[] p : PRINCIPLES) {
            assertThat(q2.select("section.app-criterion h3").eachText()).contains(p[0] + " " + p[1]);
        }
        Element pa = q2.getElementById("criterion-" + a).parent();
        assertThat(pa.select(".govuk-summary-list .app-status").first().text()).isEqualTo("★ Outstanding");
        assertThat(pa.select("table tbody tr").eachText())
                .containsExactly(
                        "2024-25 Q1 ✓ Good " + EVIDENCE_Q1.replace("\n", " "),
                        "2024-25 Q2 ★ Outstanding All initial health assessments on time.");
        Element pb = q2.getElementById("criterion-" + b).parent();
        assertThat(pb.text()).contains("Not rated for this quarter");
        Document q1 = board.page("/strategies/" + slug + "/self-assessment/2024-25-Q1");
        Element q1a = q1.getElementById("criterion-" + a).parent();
        assertThat(q1a.select(".app-pre-line").eachText()).contains(EVIDENCE_Q1.replace("\n", " "));
        assertThat(q1a.select("a[href*=/actions/1a]").text()).contains("Review the health pathway");
        assertThat(q1a.select("a[href*=/measures/H1]").text()).contains("initial health assessments");
        assertThat(q1a.select(".govuk-summary-list .app-status").eachText()).contains("✓ Good");
        assertThat(q1.select("nav[aria-label=Strategy pages] a").eachText()).contains("Self-assessment");

        // A change after publishing: the framework's words as the board saw them stay; the rating changes only by a
        // correction with a reason, shown as revised beside what it said before.
        admin.accepted(
                base + "/criteria/" + a + "/edit",
                PageForm.with(
                        PageForm.fieldsOf(admin.page(base + "/criteria/" + a + "/edit"), "form[action$=/edit]"),
                        "title",
                        "Reworded after publishing"));
        assertThat(board.page("/strategies/" + slug + "/self-assessment/2024-25-Q1")
                        .text())
                .contains(PRINCIPLES.get(0)[1])
                .doesNotContain("Reworded after publishing");
        String[] correction = PageForm.fieldsOf(admin.page(rateA), RATE_FORM);
        Document noReason = admin.refused(rateA, PageForm.with(correction, "levelId", level("Requires improvement")));
        assertThat(noReason.select("#reason-error").text()).contains("Give the reason");
        assertThat(noReason.select("input[name=levelId][checked]").val()).isEqualTo(level("Requires improvement"));
        admin.accepted(
                rateA,
                PageForm.with(
                        correction,
                        "levelId",
                        level("Requires improvement"),
                        "reason",
                        "The health audit found assessments counted late"));
        Element revised = board.page("/strategies/" + slug + "/self-assessment/2024-25-Q1")
                .getElementById("criterion-" + a)
                .parent();
        assertThat(revised.select(".govuk-summary-list").text())
                .contains("! Requires improvement")
                .contains("Revised")
                .contains("Reason: The health audit found assessments counted late")
                .contains("Before: Good");

        // The board pack of the quarter includes the self-assessment.
        Document pack = board.page("/strategies/" + slug + "/pack/2024-25-Q2");
        assertThat(pack.select("#self-assessment h3").text()).isEqualTo("The corporate parenting principles");
        assertThat(pack.select("#self-assessment h4")).hasSize(7);
        MockHttpServletResponse pdf = board.get("/strategies/" + slug + "/pack/2024-25-Q2.pdf");
        assertThat(pdf.getStatus()).as("the pack's PDF renders the section").isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            List<String> bookmarks = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).as("the PDF's bookmarks").containsSubsequence("Action plan", "Self-assessment");
        }
    }

    @Test
    void theFrameworksRulesRefuseWhatWouldLoseOrMuddleIt() throws Exception {
        assertThatThrownBy(() -> frameworks.createCriterion(
                        strategy.id(), new CriterionFields("(a)", "Before a framework", null, null, null)))
                .isInstanceOf(RejectedInput.class);
        frameworks.saveFramework(strategy.id(), new FrameworkFields("ILACS judgement areas", "Ofsted", null), null);
        assertThatThrownBy(
                        () -> frameworks.saveFramework(strategy.id(), new FrameworkFields("Again", null, null), null))
                .as("a second framework from a page that showed none")
                .isInstanceOf(ConcurrentChangeException.class);
        long good = frameworks.createStep(strategy.id(), new ScaleStep("Good", null, Status.GREEN));
        long ri = frameworks.createStep(strategy.id(), new ScaleStep("Requires improvement", null, Status.AMBER));
        assertThatThrownBy(() -> frameworks.createStep(strategy.id(), new ScaleStep("GOOD", null, null)))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("already has a rating with these words");
        assertThatThrownBy(() -> frameworks.setStepArchived(strategy.id(), ri, true, " ", 0))
                .isInstanceOf(RejectedInput.class);
        frameworks.setStepArchived(strategy.id(), ri, true, "The council uses three steps now", 0);
        long first = frameworks.createCriterion(
                strategy.id(),
                new CriterionFields("1", "The experiences and progress of children in care", null, null, null));
        long second = frameworks.createCriterion(
                strategy.id(),
                new CriterionFields("2", "The impact of leaders on social work practice", null, null, null));
        assertThatThrownBy(() -> frameworks.updateCriterion(
                        strategy.id(), first, new CriterionFields("1", "Stale", null, null, null), 5))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> frameworks.createCriterion(
                        strategy.id(), new CriterionFields("3", "Led by a stranger", null, null, -1L)))
                .isInstanceOf(RejectedInput.class);
        frameworks.moveCriterion(strategy.id(), second, Direction.UP, 0);
        assertThat(frameworks.criteria(strategy.id()).stream()
                        .map(c -> c.fields().ref()))
                .containsExactly("2", "1");
        assertThatThrownBy(() -> frameworks.criterion(
                        strategies.bySlug("cheshire-east-2018-20").id(), first))
                .isInstanceOf(NotFoundException.class);
        // The scale a rating may use leaves out an archived step, and the board still reads one in its words.
        var now = assessment.framework(strategy.id()).orElseThrow();
        assertThat(now.scale()).extracting(l -> l.words()).containsExactly("Good");
        assertThat(now.level(ri).orElseThrow().words()).isEqualTo("Requires improvement");
        // A colour the form does not offer is refused beside it; the words typed are kept.
        SignedIn admin = SignedIn.as(mvc, "admin");
        Document bad = admin.refused(
                "/admin/strategies/" + slug + "/self-assessment/scale/" + good + "/edit",
                "words",
                "Good",
                "colour",
                "NO_DATA",
                "version",
                "0");
        assertThat(bad.select("#colour-error").text()).contains("Choose a colour from the list");
        Document stale = admin.refused(
                "/admin/strategies/" + slug + "/self-assessment/scale/" + good + "/edit",
                "words",
                "Good enough",
                "colour",
                "GREEN",
                "version",
                "7");
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#words").val()).isEqualTo("Good enough");
    }

    private long criterionId(String ref) {
        return jdbc.queryForObject(
                "select c.id from assessment_criterion c join assessment_framework f on f.id = c.framework_id"
                        + " where f.strategy_id = ? and c.ref = ?",
                Long.class,
                strategy.id(),
                ref);
    }

    private String level(String words) {
        return String.valueOf(jdbc.queryForObject(
                "select l.id from assessment_level l join assessment_framework f on f.id = l.framework_id"
                        + " where f.strategy_id = ? and l.words = ?",
                Long.class,
                strategy.id(),
                words));
    }

    private void open(String code) {
        new QuarterSteps(quarters, strategy).open(code);
    }

    private void publish(String code) {
        new QuarterSteps(quarters, strategy).publish(code);
    }
}
