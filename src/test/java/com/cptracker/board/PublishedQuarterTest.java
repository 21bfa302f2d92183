package com.cptracker.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionStatus;
import com.cptracker.actions.DueDate;
import com.cptracker.actions.ProgressUpdateService;
import com.cptracker.actions.ProgressUpdateService.UpdateInput;
import com.cptracker.common.Direction;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.BenchmarkFigures;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureEdits.YearFigures;
import com.cptracker.measures.MeasureTargetAdminService;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.PublishedValueException;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.reporting.QuarterService;
import com.cptracker.status.Assessment;
import com.cptracker.status.ExceptionRule;
import com.cptracker.status.ExceptionRules;
import com.cptracker.status.Mark;
import com.cptracker.status.Polarity;
import com.cptracker.status.RollUpRule;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.SectionAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyEdits.SectionFields;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Published means published. An administrator publishes a quarter; every board page of it and of the quarter before
 * is recorded, as a board member and as an administrator sees it; then the officer and the administrator make every
 * kind of change they can (a backdated completion, late and new figures, a new due date proposed; the strategy's
 * dates, title and status settings, actions, measures, targets, benchmarks, priorities, statements, promises,
 * governance, retirements and cancellations, new items) and every page is read again: byte for byte the same, but
 * for the list of quarters one may pick.
 */
@DemoApplicationTest
// Publishes Cheshire East's open quarter, then changes its dates, title, settings, actions and measures: the demo
// context's exact checks and the officer tests' open quarter would no longer hold. Shared with the other tests of
// published quarters.
@OwnDatabase("published-quarter")
class PublishedQuarterTest {

    static final String SLUG = "cheshire-east-2018-20";
    static final String Q4 = "2019-20-Q4";
    static final String Q3 = "2019-20-Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    StrategyService strategies;

    @Autowired
    QuarterService quarters;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    MeasureAdminService measureAdmin;

    @Autowired
    MeasureTargetAdminService targetAdmin;

    @Autowired
    GovernanceAdminService governanceAdmin;

    @Autowired
    SectionAdminService sectionAdmin;

    @Autowired
    ProgressUpdateService updates;

    @Autowired
    MeasureValueService values;

    @Autowired
    WorkService work;

    @Test
    void everyBoardPageOfAPublishedQuarterStaysAsTheBoardSawItWhateverIsChangedLater() throws Exception {
        StrategySummary s = strategies.bySlug(SLUG);
        // P4.5's withheld figure of 2019-20 Q1, on Q4's scorecard, carries the small-number mark: the strategy's own
        // mark ("*" until changed below) is what the board saw.
        jdbc.update(
                "update measure_value set mark = 'SMALL_NUMBER' where period_code = '2019-20-Q1' and mark is not null "
                        + "and measure_id = (select id from measure where strategy_id = ? and ref = 'P4.5')",
                s.id());
        // P2.11 states a baseline and a margin of its own, as the board sees them when Q4 is published.
        jdbc.update(
                "update measure set baseline_value = 47, baseline_when = '2017-18 (March)', benchmark_margin = 1, "
                        + "benchmark_margin_unit = 'POINTS' where strategy_id = ? and ref = 'P2.11'",
                s.id());
        MockHttpSession admin = SignedIn.as(mvc, "admin").session();
        step(admin, Q4, "CLOSE");
        step(admin, Q4, "PUBLISH");

        MockHttpSession board = SignedIn.as(mvc, "board").session();
        List<String> pages = pages(s.id());
        Map<String, String> before = read(pages, board, admin);
        assertThat(before).hasSize(pages.size() * 2);
        assertThat(before.get("board " + "/strategies/" + SLUG + "/scorecard/" + Q4))
                .contains("P2.11")
                .contains("<abbr class=\"app-mark\" title=\"" + Mark.SMALL_NUMBER.meaning() + "\">*</abbr>")
                .contains("Baseline 47%, 2017-18 (March)");
        assertThat(before.get("board " + "/strategies/" + SLUG + "/help/status?period=" + Q4))
                .contains("within 5% of the benchmark")
                .contains("P2.11 within 1 percentage point");
        assertThat(before.get("board " + "/strategies/" + SLUG + "/exceptions/" + Q4))
                .as("the board is named as the strategy's governance names it")
                .contains("what the Corporate Parenting Committee looks at first")
                .contains("Caught by")
                .contains("No progress update this quarter");

        changeEverything(s);

        Map<String, String> after = read(pages, board, admin);
        List<String> changed = new ArrayList<>();
        before.forEach((page, html) -> {
            if (!html.equals(after.get(page))) {
                changed.add(page);
            }
        });
        assertThat(changed).as("pages of a published quarter that changed").isEmpty();
        String now = mvc.perform(
                        get("/strategies/" + SLUG + "/exceptions/2020-21-Q1").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(now)
                .as("a quarter not yet published names the board as it is named now")
                .contains("what the Corporate Parenting Panel looks at first");
        String overviewNow = mvc.perform(
                        get("/strategies/" + SLUG + "?period=2020-21-Q1").session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(overviewNow).select("#strategy-sections h3").eachText())
                .as("and shows the narrative as it is now, the archived section left out")
                .contains("A new foreword")
                .contains("What children told us")
                .hasSize(strategies.sectionsOf(s.id()).size());
        String open = mvc.perform(get("/strategies/" + SLUG + "/measures/P4.5")
                        .param("period", "2020-21-Q1")
                        .session(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(open)
                .as("a quarter not yet published writes the small-number mark the strategy now chooses")
                .contains(">low</abbr>")
                .doesNotContain(">*</abbr>");
    }

    /** What the officer and the administrator can change once the quarter is published. */
    private void changeEverything(StrategySummary s) {
        long id = s.id();
        as("admin", () -> {
            // The strategy runs a year longer, so a new quarter can be opened for updates.
            var edit = strategyAdmin.strategy(id);
            StrategyFields f = edit.fields();
            strategyAdmin.update(
                    id,
                    new StrategyFields(
                            f.slug(),
                            f.title() + " (extended)",
                            "New subtitle",
                            f.council(),
                            f.startsOn(),
                            LocalDate.of(2021, 3, 31),
                            f.status(),
                            "A new vision",
                            f.contact()),
                    edit.version());
            quarters.open(id, "2020-21-Q1", LocalDate.of(2020, 7, 31), -1);
            assertThatThrownBy(() -> quarters.open(id, Q4, LocalDate.of(2020, 7, 31), version(id, Q4)))
                    .isInstanceOf(RejectedInput.class);
            strategies.changeStatusSettings(
                    id,
                    RollUpRule.PROPORTION_GREEN,
                    SimilarMargin.points("40"),
                    "low",
                    strategies.statusSettings(id).version());
            // Every exception rule off but one, with other numbers: the published reports keep theirs.
            strategies.changeExceptionRules(
                    id,
                    new ExceptionRules(Set.of(ExceptionRule.DUE_DATE_MOVED), 5, 2),
                    strategies.exceptionRules(id).version());
        });

        ReportingPeriod next = ReportingPeriod.parse("2020-21-Q1");
        List<String> led = jdbc.queryForList("""
                select a.ref from action a join action_lead l on l.action_id = a.id
                join user_account u on u.id = l.user_id where u.username = 'officer' and a.strategy_id = ?
                order by a.id""", String.class, id);
        as("officer", () -> {
            // Marked complete now, on a day in a quarter the board has already seen.
            updates.save(
                    id,
                    led.get(0),
                    next,
                    new UpdateInput(
                            "Finished at last",
                            Assessment.COMPLETE,
                            LocalDate.of(2019, 8, 15),
                            null,
                            null,
                            null,
                            true,
                            -1));
            updates.save(
                    id,
                    led.get(1),
                    next,
                    new UpdateInput(
                            "Slipping",
                            Assessment.OFF_TRACK,
                            null,
                            "Staff shortage; recruiting",
                            LocalDate.of(2021, 3, 31),
                            "Needs another year",
                            true,
                            -1));
            var w = work.workIn(strategies.bySlug(SLUG), CurrentUser.get().orElseThrow());
            List<ValueInput> inputs = w.measures().stream()
                    .filter(m -> m.current() == null)
                    .map(m -> new ValueInput(
                            m.view().measure().id(),
                            m.period(),
                            m.view().measure().unit().name().equals("QUALITATIVE") ? null : new BigDecimal("42"),
                            null,
                            m.view().measure().unit().name().equals("QUALITATIVE") ? Status.GREEN : null,
                            "Entered late",
                            -1))
                    .toList();
            assertThat(inputs).isNotEmpty();
            values.save(inputs, null);
            // A figure the board saw is not the officer's to change.
            w.measures().stream()
                    .filter(m -> m.current() != null && m.current().published())
                    .findFirst()
                    .ifPresent(m -> assertThatThrownBy(() -> values.save(
                                    List.of(new ValueInput(
                                            m.view().measure().id(),
                                            m.period(),
                                            new BigDecimal("1"),
                                            null,
                                            null,
                                            "Changed",
                                            m.current().version())),
                                    null))
                            .isInstanceOf(PublishedValueException.class));
        });

        as("admin", () -> {
            long first = actionId(id, "1a");
            var a = actionAdmin.action(id, first);
            ActionFields af = a.fields();
            actionAdmin.update(
                    id,
                    first,
                    new ActionFields(
                            af.priorityId(),
                            af.statementId(),
                            af.ref(),
                            "Rewritten action",
                            DueDate.parse("March 2019"),
                            List.of(new Lead("Someone else", null)),
                            Set.of(),
                            "New success measure",
                            "Scrutiny review 4"),
                    a.version());
            long second = jdbc.queryForObject(
                    "select id from action where strategy_id = ? and status = 'ACTIVE' "
                            + "and ref <> '1a' order by id limit 1",
                    Long.class,
                    id);
            actionAdmin.changeStatus(
                    id,
                    second,
                    ActionStatus.CANCELLED,
                    "No longer needed",
                    actionAdmin.action(id, second).version());
            long third = actionId(id, "2b");
            actionAdmin.move(
                    id, third, Direction.UP, actionAdmin.action(id, third).version());
            actionAdmin.create(
                    id,
                    new ActionFields(
                            af.priorityId(),
                            null,
                            "1zz",
                            "A brand new action",
                            DueDate.parse("September 2019"),
                            List.of(new Lead("Head of Service", null)),
                            Set.of(),
                            null,
                            null));

            long measure = measureId(id, "P2.11");
            var m = measureAdmin.measure(id, measure);
            MeasureFields mf = m.fields();
            measureAdmin.update(
                    id,
                    measure,
                    new MeasureFields(
                            mf.priorityId(),
                            mf.statementId(),
                            mf.ref(),
                            "Renamed measure",
                            "New definition",
                            mf.unit(),
                            mf.polarity() == Polarity.HIGHER_IS_BETTER
                                    ? Polarity.LOWER_IS_BETTER
                                    : Polarity.HIGHER_IS_BETTER,
                            mf.frequency(),
                            "Another owner",
                            null,
                            "Tag",
                            "Tag",
                            new BigDecimal("12"),
                            "2023-24",
                            SimilarMargin.percent("50")),
                    m.version());
            long retired = measureId(id, "P1.1");
            measureAdmin.setActive(
                    id,
                    retired,
                    false,
                    "Retired",
                    measureAdmin.measure(id, retired).version());
            // As the year's targets page saves them: three measures at once, one reason.
            List<YearFigures> year = new ArrayList<>();
            for (String ref : List.of("P2.11", "P3.1", "G1")) {
                long mid = measureId(id, ref);
                var t = targetAdmin.target(id, mid, "2019-20");
                var b = targetAdmin.benchmark(id, mid, "2019-20");
                year.add(new YearFigures(
                        mid,
                        Target.of("1", "0.5"),
                        t.map(x -> x.version()).orElse(null),
                        new BenchmarkFigures(new BigDecimal("3"), new BigDecimal("4"), "Changed"),
                        b.map(x -> x.version()).orElse(null)));
            }
            targetAdmin.saveYear(id, "2019-20", year, "Moved");

            long priority =
                    jdbc.queryForObject("select id from priority where strategy_id = ? and number = 2", Long.class, id);
            var p = priorityAdmin.priority(id, priority);
            PriorityFields pf = p.fields();
            priorityAdmin.updatePriority(
                    id,
                    priority,
                    new PriorityFields(
                            pf.label(),
                            pf.number(),
                            "Renamed",
                            "New statement",
                            "New vision",
                            "New challenge",
                            "New lead",
                            null,
                            List.of()),
                    p.version());
            var statement = priorityAdmin.statements(id, priority).getFirst();
            priorityAdmin.setStatementArchived(id, priority, statement.id(), true, "Merged", statement.version());

            var promise = strategyAdmin.promises(id).getFirst();
            strategyAdmin.updatePromise(
                    id, promise.id(), new PromiseFields("A reworded promise", Set.of(), Set.of()), promise.version());
            var body = governanceAdmin.bodies(id).getFirst();
            var be = governanceAdmin.body(id, body.id());
            governanceAdmin.updateBody(
                    id,
                    body.id(),
                    new BodyFields(
                            "Renamed board",
                            be.fields().kind(),
                            "New description",
                            null,
                            null,
                            be.fields().reportsToId()),
                    be.version());
            // The committee the scorecard goes to is renamed: the published pages keep the name the board had.
            var committee = governanceAdmin.bodies(id).stream()
                    .filter(b -> b.name().equals("Corporate Parenting Committee"))
                    .findFirst()
                    .orElseThrow();
            var ce = governanceAdmin.body(id, committee.id());
            governanceAdmin.updateBody(
                    id,
                    committee.id(),
                    new BodyFields(
                            "Corporate Parenting Panel",
                            ce.fields().kind(),
                            ce.fields().description(),
                            ce.fields().membership(),
                            ce.fields().chairTitle(),
                            ce.fields().reportsToId()),
                    ce.version());
            // The narrative rewritten, reordered, one section archived and one added.
            var narrative = sectionAdmin.sections(id);
            var foreword = narrative.getFirst();
            sectionAdmin.update(
                    id, foreword.id(), new SectionFields("A new foreword", "Rewritten."), foreword.version());
            var secondSection = narrative.get(1);
            sectionAdmin.move(id, secondSection.id(), Direction.UP, secondSection.version());
            var thirdSection = narrative.get(2);
            sectionAdmin.setArchived(id, thirdSection.id(), true, "Out of date", thirdSection.version());
            sectionAdmin.add(id, new SectionFields("What children told us", "- more than before"));
            var partner = governanceAdmin.partners(id).getFirst();
            var pe = governanceAdmin.partner(id, partner.id());
            governanceAdmin.updatePartner(id, partner.id(), new PartnerFields("Renamed partner", null), pe.version());
        });
    }

    /** Every board page of the two latest published quarters, and their scorecard and action plan as CSV. */
    private List<String> pages(long strategyId) {
        List<String> pages = new ArrayList<>();
        String base = "/strategies/" + SLUG;
        for (String q : List.of(Q3, Q4)) {
            pages.add(base + "?period=" + q);
            for (Integer n : jdbc.queryForList(
                    "select number from priority where strategy_id = ? order by number", Integer.class, strategyId)) {
                pages.add(base + "/priorities/" + n + "?period=" + q);
            }
            pages.add(base + "/scorecard/" + q);
            pages.add(base + "/scorecard/" + q + "?worsening=true");
            pages.add(base + "/actions?period=" + q);
            pages.add(base + "/exceptions/" + q);
            pages.add(base + "/promise?period=" + q);
            pages.add(base + "/help/status?period=" + q);
            pages.add(base + "/scorecard/" + q + ".csv");
            pages.add(base + "/action-plan/" + q + ".csv");
            jdbc.queryForList("select ref from measure where strategy_id = ? order by id", String.class, strategyId)
                    .forEach(ref -> pages.add(base + "/measures/" + ref + "?period=" + q));
            jdbc.queryForList("select ref from action where strategy_id = ? order by id", String.class, strategyId)
                    .forEach(ref -> pages.add(base + "/actions/" + ref + "?period=" + q));
        }
        return pages;
    }

    /**
     * Each page's main content as each person sees it, without the list of quarters one may pick; a CSV file whole.
     */
    private Map<String, String> read(List<String> pages, MockHttpSession board, MockHttpSession admin)
            throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        for (String page : pages) {
            for (var who : Map.of("board", board, "admin", admin).entrySet()) {
                var response = mvc.perform(get(page).session(who.getValue()))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(who.getKey() + " " + page).isEqualTo(200);
                if (page.endsWith(".csv")) {
                    read.put(who.getKey() + " " + page, response.getContentAsString(StandardCharsets.UTF_8));
                    continue;
                }
                Element main = Jsoup.parse(response.getContentAsString()).getElementById("main-content");
                main.select("select[name=period]").forEach(Element::empty);
                read.put(who.getKey() + " " + page, main.outerHtml());
            }
        }
        return read;
    }

    private void step(MockHttpSession admin, String quarter, String step) throws Exception {
        long strategyId = strategies.bySlug(SLUG).id();
        mvc.perform(post("/strategies/" + SLUG + "/quarters/" + quarter)
                .session(admin)
                .with(csrf())
                .param("step", step)
                .param("version", String.valueOf(version(strategyId, quarter))));
        assertThat(quarters.statuses(strategyId, List.of(ReportingPeriod.parse(quarter)))
                        .getFirst()
                        .state()
                        .name())
                .isEqualTo(step.equals("CLOSE") ? "CLOSED" : "PUBLISHED");
    }

    private long version(long strategyId, String quarter) {
        return quarters.statuses(strategyId, List.of(ReportingPeriod.parse(quarter)))
                .getFirst()
                .version();
    }

    private long actionId(long strategyId, String ref) {
        return jdbc.queryForObject(
                "select id from action where strategy_id = ? and ref = ?", Long.class, strategyId, ref);
    }

    private long measureId(long strategyId, String ref) {
        return jdbc.queryForObject(
                "select id from measure where strategy_id = ? and ref = ?", Long.class, strategyId, ref);
    }

    private void as(String username, Runnable work) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
