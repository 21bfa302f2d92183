package com.cptracker.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.PageForm;
import com.cptracker.support.QuarterSteps;
import com.cptracker.support.SignedIn;
import com.cptracker.support.TestStrategies;
import com.cptracker.voice.VoiceRecords.EntryFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "You said, we did" played through the screens: an administrator records what a children in care council meeting
 * said, once with the young people's consent to show their words and once without (a summary instead), links a
 * promise and an action, and moves the first from heard to done over two quarters. The children's page and its PDF
 * leaflet show their words only with consent, the promise in its own words and no refs; each quarter's pack lists the
 * entries changed in it as they stood when it was published, and a later change alters no published pack.
 */
@AdminApplicationTest
class VoiceJourneyTest {

    static final String WORDS =
            "We don't know who our social worker is going to be next month. Tell us before it changes!";
    static final String PRIVATE = "My foster carer Sandra said I can't go to Kieran's party because of the review.";
    static final String SUMMARY = "Some young people are not told in time about decisions that affect their plans.";
    static final String PROMISE = "We will tell you who your social worker is, and tell you before it changes.";
    static final String DONE = "We now write to you before your social worker changes, and they come to say goodbye.";

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
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    @Autowired
    VoiceAdminService voiceAdmin;

    String slug;
    StrategySummary strategy;
    long action;
    long promise;

    @BeforeEach
    void aStrategyWithAPromiseAndAnAction() {
        slug = "voice-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Corporate Parenting Strategy", StrategyStatus.CURRENT));
        strategy = strategies.bySlug(slug);
        long priority = priorityAdmin.createPriority(
                strategy.id(),
                new PriorityFields("Priority", 1, "Stable relationships", null, null, null, null, null, List.of()));
        action = actionAdmin.create(
                strategy.id(),
                TestStrategies.ongoing(
                        priority,
                        "1a",
                        "Give every child notice before their social worker changes",
                        "Head of Service"));
        promise = strategyAdmin.addPromise(strategy.id(), new PromiseFields(PROMISE, Set.of(action), Set.of()));
    }

    @Test
    void whatChildrenSaidIsRecordedAnsweredShownToThemAndReadInEachQuartersPack() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        String log = "/admin/strategies/" + slug + "/voice";

        // Every problem at once, beside its field, and what was typed kept: no consent chosen, no date.
        Document bad = admin.refused(log + "/new", entry(WORDS, null, "", "HEARD", ""));
        assertThat(bad.select("#consent-error").text()).contains("Choose whether their words may be shown");
        assertThat(bad.select(".govuk-error-summary").text()).contains("date they said it");
        assertThat(bad.select("#words").text()).isEqualTo(WORDS);
        // Without consent a summary is needed; done needs what was done.
        Document noSummary = admin.refused(log + "/new", dated(entry(PRIVATE, "false", "", "DONE", "")));
        assertThat(noSummary.select("#summary-error").text()).contains("Enter a summary");
        assertThat(noSummary.select("#whatWeDid-error").text()).contains("Enter what we did");

        admin.accepted(log + "/new", dated(entry(WORDS, "true", "", "HEARD", "")));
        admin.accepted(log + "/new", dated(entry(PRIVATE, "false", SUMMARY, "HEARD", "")));
        Document list = admin.page(log);
        assertThat(list.select("section.app-voice-entry h3").eachText())
                .containsExactly("Y1 Children in Care Council, March 2025", "Y2 Children in Care Council, March 2025");
        assertThat(list.getElementById("entry-Y1").text())
                .contains(WORDS)
                .contains("Consent to show their words Yes")
                .contains("1a")
                .contains(PROMISE);
        assertThat(list.getElementById("entry-Y2").text()).contains("No: only the summary is shown");

        publishQuarter("2024-25-Q1");

        // Heard, then in progress, then done, in Q2.
        long y1 = entryId(1);
        String edit = log + "/" + y1 + "/edit";
        admin.accepted(
                edit,
                PageForm.with(
                        PageForm.fieldsOf(admin.page(edit), "form[action$=/edit]"),
                        "status",
                        "IN_PROGRESS",
                        "whatWeDid",
                        "We are writing a letter for every move."));
        admin.accepted(
                edit,
                PageForm.with(
                        PageForm.fieldsOf(admin.page(edit), "form[action$=/edit]"),
                        "status",
                        "DONE",
                        "whatWeDid",
                        DONE));
        // A page out of date is refused and keeps what was typed.
        Document stale = admin.refused(
                edit, PageForm.with(PageForm.fieldsOf(admin.page(edit), "form[action$=/edit]"), "version", "0"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(admin.page(log).getElementById("entry-Y1").select("table tbody tr"))
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where item_type = 'you said, we did' and item_id = ?",
                        Integer.class,
                        y1))
                .isEqualTo(3);

        publishQuarter("2024-25-Q2");

        // The children's page: their words only with consent, the promise in its words, status in plain words.
        SignedIn board = SignedIn.as(mvc, "board");
        Document page = board.page("/strategies/" + slug + "/you-said-we-did");
        List<Element> items = page.select("section.app-leaflet__item");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).text())
                .contains(WORDS)
                .contains(DONE)
                .contains("How far we have got: We did it")
                .contains(PROMISE)
                .doesNotContain("1a")
                .doesNotContain("Y1");
        assertThat(items.get(1).text())
                .contains(SUMMARY)
                .doesNotContain("Sandra")
                .contains("We heard you")
                .contains("We are still deciding what to do");
        assertThat(page.text()).doesNotContain("Sandra").doesNotContain("On track");
        assertThat(page.select(".app-status, .govuk-tag")).isEmpty();

        String leaflet = pdfText(board.get("/strategies/" + slug + "/you-said-we-did.pdf"));
        assertThat(leaflet)
                .contains("You said, we did")
                .contains(DONE)
                .contains(SUMMARY)
                .doesNotContain("Sandra");

        // Each quarter's pack: Q1 has both entries as heard; Q2 only Y1, changed in it, as done.
        Element q1 = board.page("/strategies/" + slug + "/pack/2024-25-Q1").getElementById("you-said-we-did");
        assertThat(q1.select("section h3").eachText())
                .containsExactly("Y1 Children in Care Council, March 2025", "Y2 Children in Care Council, March 2025");
        assertThat(q1.text()).contains("Status Heard").doesNotContain(DONE).doesNotContain("Sandra");
        Element q2 = board.page("/strategies/" + slug + "/pack/2024-25-Q2").getElementById("you-said-we-did");
        assertThat(q2.select("section h3").eachText()).containsExactly("Y1 Children in Care Council, March 2025");
        assertThat(q2.text()).contains("Status Done").contains(DONE).contains(PROMISE);
        assertThat(q2.select("a[href*=/actions/1a]").text()).contains("Give every child notice");
        String pack = pdfText(board.get("/strategies/" + slug + "/pack/2024-25-Q2.pdf"));
        assertThat(pack).contains("You said, we did").contains(DONE);

        // A change after publishing alters no published pack, and the children's page shows it at once.
        admin.accepted(
                edit,
                PageForm.with(
                        PageForm.fieldsOf(admin.page(edit), "form[action$=/edit]"),
                        "whatWeDid",
                        "Changed after the quarter was published."));
        String[] fields = PageForm.fieldsOf(admin.page(log), "form[action$=/" + entryId(2) + "/archive]");
        admin.accepted(log + "/" + entryId(2) + "/archive", PageForm.with(fields, "reason", "Recorded twice"));
        assertThat(board.page("/strategies/" + slug + "/pack/2024-25-Q2")
                        .getElementById("you-said-we-did")
                        .text())
                .contains(DONE)
                .doesNotContain("Changed after");
        assertThat(board.page("/strategies/" + slug + "/pack/2024-25-Q1")
                        .getElementById("you-said-we-did")
                        .select("section h3"))
                .hasSize(2);
        Document now = board.page("/strategies/" + slug + "/you-said-we-did");
        assertThat(now.select("section.app-leaflet__item")).hasSize(1);
        assertThat(now.text()).contains("Changed after the quarter was published.");
    }

    @Test
    void theRulesRefuseWhatWouldShowWordsWithoutConsentOrLoseAChange() {
        EntryFields noSummary = fields(false, null);
        assertThatThrownBy(() -> voiceAdmin.create(strategy.id(), noSummary))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("summary");
        long id = voiceAdmin.create(strategy.id(), fields(true, null));
        assertThatThrownBy(() -> voiceAdmin.update(strategy.id(), id, fields(true, "Stale"), 7))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> voiceAdmin.entry(
                        strategies.bySlug("cheshire-east-2018-20").id(), id))
                .isInstanceOf(NotFoundException.class);
        long version = voiceAdmin.entry(strategy.id(), id).version();
        voiceAdmin.update(strategy.id(), id, fields(true, null), version);
        assertThat(voiceAdmin.entry(strategy.id(), id).version())
                .as("saving what is already there records no new state")
                .isEqualTo(version);
        assertThatThrownBy(() -> voiceAdmin.setArchived(strategy.id(), id, true, " ", version))
                .isInstanceOf(RejectedInput.class);
        EntryFields future = new EntryFields(
                "Survey",
                "Care leavers survey",
                LocalDate.now().plusDays(3),
                WORDS,
                true,
                null,
                VoiceStatus.HEARD,
                null,
                Set.of(),
                Set.of(),
                Set.of());
        assertThatThrownBy(() -> voiceAdmin.create(strategy.id(), future)).isInstanceOf(RejectedInput.class);
    }

    private EntryFields fields(boolean consent, String summary) {
        return new EntryFields(
                "Survey",
                "Care leavers survey 2025",
                LocalDate.of(2025, 2, 1),
                WORDS,
                consent,
                summary,
                VoiceStatus.HEARD,
                null,
                Set.of(promise),
                Set.of(action),
                Set.of());
    }

    private String[] entry(String words, String consent, String summary, String status, String whatWeDid) {
        List<String> p = new ArrayList<>(List.of(
                "sourceKind",
                "Children in Care Council meeting",
                "sourceName",
                "Children in Care Council, March 2025",
                "words",
                words,
                "summary",
                summary,
                "status",
                status,
                "whatWeDid",
                whatWeDid,
                "promiseIds",
                String.valueOf(promise),
                "actionIds",
                String.valueOf(action)));
        if (consent != null) {
            p.addAll(List.of("consent", consent));
        }
        return p.toArray(String[]::new);
    }

    private static String[] dated(String[] fields) {
        return PageForm.with(fields, "heardOn.day", "12", "heardOn.month", "3", "heardOn.year", "2025");
    }

    private long entryId(int number) {
        return jdbc.queryForObject(
                "select id from voice_entry where strategy_id = ? and number = ?", Long.class, strategy.id(), number);
    }

    private static String pdfText(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged")
                    .isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private void publishQuarter(String code) {
        QuarterSteps steps = new QuarterSteps(quarters, strategy);
        steps.open(code);
        steps.publish(code);
    }
}
