package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cptracker.jobs.JobRunner;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import com.cptracker.support.Uploads;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyImportService.Preview;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A strategy with a cross-cutting theme and measures as the document states them (baselines, an own margin, a
 * qualitative measure rated by its owner) and a scrutiny review's recommendations answered by its actions goes through
 * the workbook whole: typed into the template and uploaded, it
 * reads back on the board's pages as written; exported, it imports into itself as "nothing to change" and into a new
 * strategy identically; and an import that changes a measure's title keeps its baseline and margin.
 */
@DemoApplicationTest
class StrategyAsWrittenWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRunner runner;

    @Autowired
    StrategyImportService imports;

    @Autowired
    StrategyReader reader;

    @Autowired
    StrategyService strategies;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aStrategyWithAThemeTypedIntoTheTemplateReadsBackOnTheBoardsPagesAsWritten() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        Uploads uploads = new Uploads(mvc, runner, admin);
        byte[] template = mvc.perform(MockMvcRequestBuilders.get("/admin/import/template.xlsx")
                        .session(admin.session()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] file = WestmoorWorkbook.typedInto(template);

        Document preview = uploads.checked(uploads.upload("/admin/import", "westmoor.xlsx", file));
        assertThat(preview.select(".govuk-error-summary"))
                .as(preview.select("#problems").text())
                .isEmpty();
        uploads.confirm(preview);
        runner.runPending();

        String slug = "/strategies/" + WestmoorWorkbook.SLUG;
        assertThat(admin.page(slug).select("main").text())
                .contains("Priority 1", "Stable homes and trusted relationships", "Cross-cutting theme")
                .contains(WestmoorWorkbook.THEME)
                .doesNotContain("Cross-cutting theme 1");
        assertThat(admin.page(slug + "/themes/1").select("main").text())
                .contains(WestmoorWorkbook.THEME, WestmoorWorkbook.THEME_STATEMENT, WestmoorWorkbook.COMMITMENT)
                .contains("Children tell us they know why decisions are made", WestmoorWorkbook.ACTION);
        assertThat(admin.page(slug + "/priorities/1").select("main").text())
                .contains("We will increase the number of our children living with Westmoor foster carers")
                .doesNotContain(WestmoorWorkbook.COMMITMENT);
        assertThat(admin.page(slug + "/actions").select("main").text())
                .contains(WestmoorWorkbook.ACTION, WestmoorWorkbook.REVIEW + ": R2");
        assertThat(admin.page(slug + "/measures/W1").select("main").text()).contains("11.2%, 2022-23");
        assertThat(admin.page(slug + "/measures/W2").select("main").text()).contains("78%, Bright Spots survey 2023");
        assertThat(admin.page(slug + "/measures/W3").select("main").text())
                .contains("Unit and polarity qualitative, rated by its owner");

        Document again = uploads.checked(uploads.upload("/admin/import", "westmoor.xlsx", file));
        assertThat(again.select(".govuk-inset-text").text())
                .as(again.select("main").text())
                .contains("importing it would change nothing");
    }

    @Test
    void aThemeAndMeasuresAsStatedSurviveARoundTripAndAnUpdateKeepsTheBaseline() {
        as("admin");
        try {
            String slug = "westmoor-trip-2024-27";
            byte[] typed = Workbooks.edit(
                    WestmoorWorkbook.typedInto(imports.template()), b -> Workbooks.set(b, "Strategy", 1, 0, slug));
            imports.apply(
                    "trip.xlsx", typed, imports.preview("trip.xlsx", typed).fingerprint());
            long id = strategies.bySlug(slug).id();
            StrategyDocument d = reader.read(id).document();
            assertThat(d.priorities())
                    .extracting(p -> p.key(), p -> p.kind())
                    .containsExactly(
                            tuple("1", PriorityKind.PRIORITY),
                            tuple("2", PriorityKind.PRIORITY),
                            tuple("T1", PriorityKind.THEME));
            assertThat(d.statements()).extracting(s -> s.ref()).containsExactly("1.1", "T1.1", "T1.2");
            assertThat(d.actions())
                    .extracting(a -> a.priority(), a -> a.answers())
                    .containsExactly(tuple("1", List.of()), tuple("T1", List.of(WestmoorWorkbook.REVIEW + ": R2")));
            assertThat(d.recommendations())
                    .extracting(r -> r.key(), r -> r.text())
                    .containsExactly(
                            tuple(
                                    WestmoorWorkbook.REVIEW + ": R1",
                                    "The council should report placement stability to the panel every quarter"),
                            tuple(WestmoorWorkbook.REVIEW + ": R2", WestmoorWorkbook.RECOMMENDATION));
            assertThat(d.measures())
                    .extracting(MeasureItem::priority, MeasureItem::polarity, MeasureItem::baseline)
                    .containsExactly(
                            tuple("1", Polarity.LOWER_IS_BETTER, new BigDecimal("11.2")),
                            tuple("T1", Polarity.HIGHER_IS_BETTER, new BigDecimal("78")),
                            tuple("T1", Polarity.OWNER_RATED, null));

            byte[] exported = imports.export(slug);
            Preview same = imports.preview("same.xlsx", exported);
            assertThat(same.problems()).isEmpty();
            assertThat(same.plan().changesNothing()).isTrue();

            String copy = "westmoor-copy-2024-27";
            byte[] asNew = Workbooks.edit(exported, b -> Workbooks.set(b, "Strategy", 1, 0, copy));
            imports.apply(
                    "copy.xlsx", asNew, imports.preview("copy.xlsx", asNew).fingerprint());
            StrategyDocument imported =
                    reader.read(strategies.bySlug(copy).id()).document();
            for (SheetFormat<?> sheet : StrategyWorkbook.SHEETS) {
                if (sheet != StrategyWorkbook.STRATEGY) {
                    assertThat(StrategyRoundTripTest.rows(sheet, imported))
                            .as(sheet.name())
                            .containsExactlyElementsOf(StrategyRoundTripTest.rows(sheet, d));
                }
            }

            byte[] retitled = Workbooks.edit(exported, b -> Workbooks.set(b, "Measures", 1, 1, "Placement moves"));
            Preview change = imports.preview("retitled.xlsx", retitled);
            assertThat(change.plan().changed())
                    .singleElement()
                    .satisfies(c ->
                            assertThat(c.details()).singleElement().asString().startsWith("Measure: was"));
            imports.apply("retitled.xlsx", retitled, change.fingerprint());
            MeasureItem w1 = reader.read(id).document().measures().getFirst();
            assertThat(w1.title()).isEqualTo("Placement moves");
            assertThat(w1.baseline()).isEqualByComparingTo("11.2");
            assertThat(w1.baselineWhen()).isEqualTo("2022-23");
            assertThat(w1.margin()).isEqualByComparingTo("1");
            assertThat(w1.marginUnit()).isEqualTo(MarginUnit.POINTS);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aMeasureOrThemeThatDoesNotFitIsRefusedBesideItsCell() {
        as("admin");
        try {
            byte[] file = Workbooks.edit(WestmoorWorkbook.typedInto(imports.template()), b -> {
                Workbooks.set(b, "Strategy", 1, 0, "westmoor-bad-2024-27");
                Workbooks.set(b, "Priorities", 3, 1, "3");
                Workbooks.set(b, "Measures", 1, 6, "Rated by its owner");
                Workbooks.set(b, "Measures", 3, 11, "4");
                Workbooks.set(b, "Measures", 2, 13, "2");
                Workbooks.set(b, "Actions", 2, 1, "Theme 1");
                Workbooks.set(b, "Actions", 1, 9, "Scrutiny review: R9");
                Workbooks.set(b, "Recommendations", 2, 3, "Overview and Scrutiny Committee");
                Workbooks.set(b, "Recommendations", 3, 0, "Inspection of local authority children's services");
                Workbooks.set(b, "Recommendations", 3, 4, "javascript:alert(1)");
            });
            List<String> problems = imports.preview("bad.xlsx", file).problems().stream()
                    .map(p -> p.place() + ": " + p.message())
                    .toList();
            assertThat(problems)
                    .contains(
                            "Measures, row 2, Which way is better: "
                                    + "Only a qualitative measure is rated by its owner: choose which way is better",
                            "Measures, row 4, Baseline: "
                                    + "A qualitative measure has no figure: leave the baseline empty, or choose a unit",
                            "Measures, row 3, Similar margin unit: "
                                    + "Choose what the margin is measured in, or leave the margin empty for the "
                                    + "strategy's",
                            "Actions, row 3, Priority: "
                                    + "Enter the priority's number, like 3, or T and the theme's place, like T1",
                            "Actions, row 2, Answers: There is no recommendation \"Scrutiny review: R9\" on the "
                                    + "Recommendations sheet or in the strategy",
                            "Recommendations, row 3, Report: Give the report the same kind, issue date, made by and "
                                    + "link on each of its rows, as on row 2",
                            "Recommendations, row 4, Link: Enter a link starting with https://, or leave it empty")
                    .anySatisfy(p -> assertThat(p).startsWith("Priorities, row 4, Number: The next theme is number 1"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
