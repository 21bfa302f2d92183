package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.StrategyAdminService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every form that takes a figure reads it the one strict way: a slip such as 1,5 or 5%0 is refused, not read as 15
 * or 50; a % sign is refused on a figure that is not a percentage; a figure too large for its column is refused as
 * too large, never a 500. Each refusal is shown beside its field with the typed text kept, and nothing is saved.
 */
@AdminApplicationTest
class FigureFormsTest {

    static final String CHESHIRE = "/strategies/cheshire-east-2018-20";
    static final String HUGE = "999,999,999,999.9999";
    /** Typed text, and what the message beside the field says, on a figure that is a number, not a percentage. */
    static final Map<String, String> REFUSED_ON_A_NUMBER = Map.of(
            "1,5",
            "as a number, like",
            "5%0",
            "as a number, like",
            "%12",
            "as a number, like",
            "1,2,3,4",
            "as a number, like",
            "12%",
            "without a % sign",
            HUGE,
            "is too large",
            "-5",
            "must be 0 or more",
            "1.23456",
            "no more than 4 decimal");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    MeasureAdminService measures;

    @Autowired
    MeasureTargetAdminService targets;

    String slug;
    long strategyId;
    String numberMeasure;
    String percentageMeasure;

    @BeforeEach
    void aStrategyWithANumberAndAPercentageMeasure() {
        slug = "figures-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Figures test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        numberMeasure = "/admin/strategies/" + slug + "/measures/"
                + measures.create(
                        strategyId,
                        new MeasureFields(
                                null,
                                null,
                                "N1",
                                "Number of care leavers",
                                null,
                                MeasureUnit.NUMBER,
                                Polarity.HIGHER_IS_BETTER,
                                Frequency.QUARTERLY,
                                null,
                                null,
                                null,
                                null));
        percentageMeasure = "/admin/strategies/" + slug + "/measures/"
                + measures.create(
                        strategyId,
                        new MeasureFields(
                                null,
                                null,
                                "P1",
                                "% in suitable homes",
                                null,
                                MeasureUnit.PERCENTAGE,
                                Polarity.HIGHER_IS_BETTER,
                                Frequency.QUARTERLY,
                                null,
                                null,
                                null,
                                null));
    }

    @Test
    void theValuesPageRefusesSlipsBesideTheFigure() throws Exception {
        AdminPages officer = AdminPages.as(mvc, "officer");
        Document page = officer.page(CHESHIRE + "/values");
        String[] form = AdminPages.fieldsOf(page, "form[action$=/values]");
        int rows = page.select("tbody tr").size();
        String row = page.select("tbody input[name$=.version]").eachAttr("name").stream()
                .map(n -> n.substring(0, n.indexOf(']') + 1))
                .filter(r -> "NUMBER"
                        .equals(jdbc.queryForObject(
                                "select unit from measure where id = ?",
                                String.class,
                                Long.valueOf(r.substring("rows[".length(), r.length() - 1)))))
                .findFirst()
                .orElseThrow();
        String value = row + ".value";
        int before = count();
        for (var bad : REFUSED_ON_A_NUMBER.entrySet()) {
            Document refused = officer.postWithErrors(
                    CHESHIRE + "/values",
                    AdminPages.with(form, "step", "save", value, bad.getKey(), row + ".note", "Entered in a test"));
            assertThat(refused.title()).as(bad.getKey()).startsWith("Error: ");
            assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                    .containsExactly("#" + value);
            assertThat(refused.getElementById(value + "-error").text())
                    .as(bad.getKey())
                    .contains(bad.getValue());
            assertThat(refused.getElementById(value).val()).isEqualTo(bad.getKey());
            assertThat(refused.select("tbody tr")).hasSize(rows);
        }
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aCorrectionRefusesSlipsBesideTheFigure() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        Map<String, Object> value = jdbc.queryForMap("""
                select m.ref, v.period_code from measure_value v join measure m on m.id = v.measure_id
                join strategy s on s.id = m.strategy_id
                where s.slug = 'cheshire-east-2018-20' and m.unit = 'NUMBER' and v.value is not null
                and not v.superseded order by v.period_end desc, m.ref limit 1""");
        String url = CHESHIRE + "/measures/" + value.get("ref") + "/corrections/" + value.get("period_code");
        String version = admin.page(url).select("input[name=version]").val();
        int before = count();
        for (var bad : REFUSED_ON_A_NUMBER.entrySet()) {
            Document refused =
                    admin.postWithErrors(url, "value", bad.getKey(), "reason", "A typing slip", "version", version);
            assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#value");
            assertThat(refused.select("#value-error").text()).as(bad.getKey()).contains(bad.getValue());
            assertThat(refused.select("#value").val()).isEqualTo(bad.getKey());
        }
        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theTargetFormRefusesSlipsBesideEachFigure() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String[] target = {
            "year",
            "2024-25",
            "target",
            "95",
            "targetLow",
            "",
            "targetHigh",
            "",
            "amberThreshold",
            "0",
            "reason",
            "Agreed",
            "version",
            ""
        };
        String[] range = AdminPages.with(target, "target", "", "targetLow", "20", "targetHigh", "30");
        for (var bad : REFUSED_ON_A_NUMBER.entrySet()) {
            for (var field : List.of("target", "targetLow", "targetHigh", "amberThreshold")) {
                String[] form = AdminPages.with(
                        field.equals("target") || field.equals("amberThreshold") ? target : range, field, bad.getKey());
                Document refused = admin.postWithErrors(numberMeasure + "/targets", form);
                assertThat(refused.title()).startsWith("Error: ");
                assertThat(refused.select("#" + field + "-error").text())
                        .as(field + "=" + bad.getKey())
                        .contains(bad.getValue());
                assertThat(refused.select("#" + field).val()).isEqualTo(bad.getKey());
            }
        }
        Document tooLarge = admin.postWithErrors(numberMeasure + "/targets", AdminPages.with(target, "target", HUGE));
        assertThat(tooLarge.select("#target-error").text())
                .isEqualTo("Error: The target is too large. It must be 1,000,000,000 or less");
        assertThat(admin.postWithErrors(percentageMeasure + "/targets", AdminPages.with(target, "target", "100.5"))
                        .select("#target-error")
                        .text())
                .contains("A percentage must be between 0 and 100");
        assertThat(admin.postWithErrors(percentageMeasure + "/targets", AdminPages.with(range, "targetHigh", "101%"))
                        .select("#targetHigh-error")
                        .text())
                .contains("A percentage must be between 0 and 100");
        assertThat(targets.targets(strategyId, id(numberMeasure)))
                .as("nothing saved")
                .isEmpty();

        admin.postAndFollow(
                percentageMeasure + "/targets", AdminPages.with(target, "target", " 92.5% ", "amberThreshold", "2.5%"));
        assertThat(targets.target(strategyId, id(percentageMeasure), "2024-25")
                        .orElseThrow()
                        .fields()
                        .target())
                .isEqualByComparingTo("92.5");
        admin.postAndFollow(numberMeasure + "/targets", AdminPages.with(target, "target", "1,204.5"));
        assertThat(targets.target(strategyId, id(numberMeasure), "2024-25")
                        .orElseThrow()
                        .fields()
                        .target())
                .isEqualByComparingTo("1204.5");
    }

    @Test
    void theBenchmarkFormRefusesSlipsBesideEachFigure() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String[] benchmark = {
            "year", "2024-25", "statNeighbour", "62.5", "national", "65", "source", "LAIT", "version", ""
        };
        for (var bad : REFUSED_ON_A_NUMBER.entrySet()) {
            for (var field : List.of("statNeighbour", "national")) {
                Document refused = admin.postWithErrors(
                        numberMeasure + "/benchmarks", AdminPages.with(benchmark, field, bad.getKey()));
                assertThat(refused.title()).startsWith("Error: ");
                assertThat(refused.select("#" + field + "-error").text())
                        .as(field + "=" + bad.getKey())
                        .contains(bad.getValue());
                assertThat(refused.select("#" + field).val()).isEqualTo(bad.getKey());
            }
        }
        assertThat(admin.postWithErrors(
                                percentageMeasure + "/benchmarks", AdminPages.with(benchmark, "national", "100.01"))
                        .select("#national-error")
                        .text())
                .contains("A percentage must be between 0 and 100");
        assertThat(targets.benchmarks(strategyId, id(numberMeasure)))
                .as("nothing saved")
                .isEmpty();
        assertThat(targets.benchmarks(strategyId, id(percentageMeasure)))
                .as("nothing saved")
                .isEmpty();

        admin.postAndFollow(percentageMeasure + "/benchmarks", AdminPages.with(benchmark, "national", "65.5%"));
        assertThat(targets.benchmark(strategyId, id(percentageMeasure), "2024-25")
                        .orElseThrow()
                        .fields()
                        .national())
                .isEqualByComparingTo("65.5");
    }

    @Test
    void theStatusSettingsRefuseSlipsInTheMarginBesideIt() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String url = "/strategies/" + slug + "/status-settings";
        String version = admin.page(url).select("input[name=version]").val();
        Map<String, String> refused = Map.of(
                "1,5",
                "as a number from 0 to 50",
                "5%0",
                "as a number from 0 to 50",
                "%12",
                "as a number from 0 to 50",
                "1,2,3,4",
                "as a number from 0 to 50",
                HUGE,
                "is too large",
                "50.5",
                "is too large",
                "-5",
                "must be 0 or more",
                "2.555",
                "no more than 2 decimal places");
        for (var bad : refused.entrySet()) {
            Document page = admin.postWithErrors(
                    url,
                    "rollUpRule",
                    "MAJORITY",
                    "benchmarkMarginPercent",
                    bad.getKey(),
                    "benchmarkMarginUnit",
                    "PERCENT",
                    "smallNumberMark",
                    "*",
                    "version",
                    version);
            assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#benchmarkMarginPercent");
            assertThat(page.select("#benchmarkMarginPercent-error").text())
                    .as(bad.getKey())
                    .contains(bad.getValue());
            assertThat(page.select("#benchmarkMarginPercent").val()).isEqualTo(bad.getKey());
        }
        assertThat(strategies.statusSettings(strategyId).rollUpRule().name())
                .as("nothing saved")
                .isEqualTo("WORST_OF");
        admin.postAndFollow(
                url,
                "rollUpRule",
                "MAJORITY",
                "benchmarkMarginPercent",
                "7.5%",
                "benchmarkMarginUnit",
                "PERCENT",
                "smallNumberMark",
                " low ",
                "version",
                version);
        assertThat(strategies.statusSettings(strategyId).benchmarkMarginPercent())
                .isEqualByComparingTo("7.5");
        assertThat(strategies.statusSettings(strategyId).smallNumberMark()).isEqualTo("low");
    }

    @Test
    void theStatusSettingsShowARuleNotOfTheListBesideItWithEveryOtherProblemAtOnce() throws Exception {
        AdminPages admin = AdminPages.as(mvc, "admin");
        String url = "/strategies/" + slug + "/status-settings";
        String version = admin.page(url).select("input[name=version]").val();
        Document page = admin.postWithErrors(
                url,
                "rollUpRule",
                "SOMETIMES",
                "benchmarkMarginPercent",
                "five",
                "benchmarkMarginUnit",
                "PERCENT",
                "smallNumberMark",
                "Z",
                "version",
                version);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrder("#rollUpRule", "#benchmarkMarginPercent", "#smallNumberMark");
        assertThat(page.select("#smallNumberMark-error").text()).contains("must not be c, x or z");
        assertThat(page.select("#smallNumberMark").val()).isEqualTo("Z");
        assertThat(page.select("#rollUpRule-error").text()).contains("Choose how statuses roll up");
        assertThat(page.select("#benchmarkMarginPercent-error").text()).contains("as a number from 0 to 50");
        assertThat(page.select("#benchmarkMarginPercent").val()).isEqualTo("five");

        for (String stale : new String[] {"", "two"}) {
            Document refused = admin.postWithErrors(
                    url,
                    "rollUpRule",
                    "MAJORITY",
                    "benchmarkMarginPercent",
                    "6",
                    "benchmarkMarginUnit",
                    "PERCENT",
                    "smallNumberMark",
                    "*",
                    "version",
                    stale);
            assertThat(refused.select(".govuk-error-summary").text()).as(stale).contains("The page was out of date");
            assertThat(refused.select("input[name=rollUpRule][checked]").val()).isEqualTo("MAJORITY");
        }
        assertThat(strategies.statusSettings(strategyId).rollUpRule().name())
                .as("nothing saved")
                .isEqualTo("WORST_OF");
    }

    private static long id(String measurePage) {
        return Long.parseLong(measurePage.substring(measurePage.lastIndexOf('/') + 1));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from measure_value", Integer.class);
    }
}
