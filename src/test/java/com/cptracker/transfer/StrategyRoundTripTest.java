package com.cptracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.transfer.StrategyDocument.MeasureItem;
import com.cptracker.transfer.StrategyImportService.Outcome;
import com.cptracker.transfer.StrategyImportService.Preview;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Each demo strategy exported as a workbook and imported as a new strategy is the same strategy, item by item; and
 * importing the same file again changes nothing.
 */
@DemoApplicationTest
class StrategyRoundTripTest {

    @Autowired
    StrategyImportService imports;

    @Autowired
    StrategyReader reader;

    @Autowired
    StrategyService strategies;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    PriorityAdminService priorities;

    @ParameterizedTest
    @ValueSource(strings = {"cheshire-east-2018-20", "bury-2024-26"})
    void aDemoStrategyExportedAndImportedAsNewIsTheSameStrategy(String slug) {
        as("admin");
        try {
            byte[] exported = imports.export(slug);
            String copy = "copy-of-" + slug;
            byte[] file = Workbooks.edit(exported, b -> Workbooks.set(b, "Strategy", 1, 0, copy));

            Preview preview = imports.preview(copy + ".xlsx", file);
            assertThat(preview.problems()).isEmpty();
            assertThat(counts(reader.read(strategies.bySlug(slug).id()).document()))
                    .as("the export holds every item the document gives")
                    .isEqualTo(demoCounts(slug));
            assertThat(preview.plan().created())
                    .hasSize(demoCounts(slug).values().stream().mapToInt(n -> n).sum());
            assertThat(preview.plan().newStrategy()).isTrue();
            assertThat(preview.plan().changed()).isEmpty();
            assertThat(strategies.findBySlug(copy))
                    .as("a preview changes nothing")
                    .isEmpty();

            Outcome done = imports.apply(copy + ".xlsx", file, preview.fingerprint());
            assertThat(done.slug()).isEqualTo(copy);

            StrategyDocument original =
                    reader.read(strategies.bySlug(slug).id()).document();
            StrategyDocument imported =
                    reader.read(strategies.bySlug(copy).id()).document();
            assertThat(imported.strategy().slug()).isEqualTo(copy);
            for (SheetFormat<?> sheet : StrategyWorkbook.SHEETS) {
                assertThat(rows(sheet, imported))
                        .as(sheet.name())
                        .containsExactlyElementsOf(rows(sheet, original).stream()
                                .map(r -> sheet == StrategyWorkbook.STRATEGY ? r.replaceFirst("^" + slug, copy) : r)
                                .toList());
            }

            Preview again = imports.preview(copy + ".xlsx", file);
            assertThat(again.problems()).isEmpty();
            assertThat(again.plan().changesNothing())
                    .as("the same file a second time")
                    .isTrue();
            assertThat(again.plan().left()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A statement archived leaves no gap in the refs: the export numbers the statements as the pages list them, so
     * it reads back unchanged into its own strategy and imports as a new one.
     */
    @Test
    void anArchivedStatementLeavesNoGapInTheRefs() {
        as("admin");
        try {
            byte[] typed = Workbooks.edit(
                    NorthshireWorkbook.typedInto(imports.template()),
                    b -> Workbooks.set(b, "Strategy", 1, 0, "gap-2025-28"));
            imports.apply("gap.xlsx", typed, imports.preview("gap.xlsx", typed).fingerprint());
            long id = strategies.bySlug("gap-2025-28").id();
            var first =
                    priorities.statements(id, strategies.priority(id, 1).id()).getFirst();
            priorities.setStatementArchived(id, first.priorityId(), first.id(), true, "Met", first.version());

            byte[] exported = imports.export("gap-2025-28");
            Preview same = imports.preview("gap-again.xlsx", exported);
            assertThat(same.problems()).isEmpty();
            assertThat(same.plan().changesNothing()).isTrue();
            assertThat(rows(PlanSheets.STATEMENTS, reader.read(id).document()))
                    .extracting(r -> r.substring(0, 3))
                    .containsExactly("1.1", "2.1");

            byte[] copy = Workbooks.edit(exported, b -> Workbooks.set(b, "Strategy", 1, 0, "gap-copy-2025-28"));
            assertThat(imports.preview("gap-copy.xlsx", copy).problems()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A strategy with a theme (its statements, action and measures naming it T1), measures as stated and a report's
     * recommendations answered exports, imports into itself as "nothing to change" and into a new strategy
     * identically; an import that changes only a measure's title keeps its baseline and margin.
     */
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
                    assertThat(rows(sheet, imported)).as(sheet.name()).containsExactlyElementsOf(rows(sheet, d));
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

    /** How many items of each sheet a document holds. */
    static Map<String, Integer> counts(StrategyDocument d) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (SheetFormat<?> f : StrategyWorkbook.SHEETS) {
            m.put(f.name(), f.items().apply(d).size());
        }
        return m;
    }

    /** How many items of each sheet the demo strategy's file gives, counted from the file itself. */
    private Map<String, Integer> demoCounts(String slug) {
        JsonNode d;
        try (InputStream in = new ClassPathResource("demo/" + slug + ".json").getInputStream()) {
            d = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("Strategy", 1);
        m.put("Sections", d.get("sections").size());
        m.put("Priorities", d.get("priorities").size());
        m.put("Statements", sum(d.get("priorities"), "statements"));
        m.put("Actions", sum(d.get("priorities"), "actions"));
        m.put("Measures", d.get("measures").size());
        m.put("Targets", sum(d.get("measures"), "targets"));
        m.put("Benchmarks", sum(d.get("measures"), "benchmarks"));
        m.put("Promises", d.get("promises").size());
        m.put("Recommendations", 0);
        m.put("Governance", d.get("governance").size());
        m.put("Partners", d.get("partners").size());
        return m;
    }

    private static int sum(JsonNode items, String list) {
        int n = 0;
        for (JsonNode i : items) {
            n += i.get(list).size();
        }
        return n;
    }

    /** Each item of a sheet as its cells read, compared as the import compares them. */
    static <T> List<String> rows(SheetFormat<T> sheet, StrategyDocument d) {
        return sheet.items().apply(d).stream()
                .map(i -> String.join(
                        " | ",
                        sheet.cells().apply(i).stream().map(ImportPlan::plain).toList()))
                .toList();
    }

    private void as(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
