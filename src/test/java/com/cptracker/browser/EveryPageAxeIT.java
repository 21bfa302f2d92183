package com.cptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.transfer.StrategyImportService;
import com.cptracker.transfer.StrategyImportService.Preview;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * Every page the application serves, found from its request mappings so a new page cannot be missed, checked with axe
 * at desktop and mobile widths: the one place that checks each page as a plain GET shows it. Opened as an administrator
 * (who may see them all), but for the pages of one's own work, opened as the demo officer (an administrator has none);
 * and the sign-in page, before signing in, as it first shows, after a failed sign-in and after signing out. The
 * journeys only check what they alone reach (see {@link Journey}).
 */
class EveryPageAxeIT extends BrowserTestBase {

    static final String S = "cheshire-east-2018-20";

    /** The sign-in page's states, each reached by a GET alone; the journeys that pass through them only see them. */
    static final List<String> SIGN_IN_STATES = List.of("/login", "/login?error", "/login?signedOut");

    /** Pages of one's own work, opened as someone who has some: an administrator leads no action, owns no measure. */
    static final Map<String, String> OPENED_AS = Map.of("/my", "officer");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyImportService imports;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageMeetsWcag22AaAtBothWidths() {
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> !p.equals("/error") && !p.equals("/login"))
                        // a file to download (the scorecard as .xlsx, the board pack as a PDF: BoardPackTest checks
                        // its tags), not a page
                        .filter(p -> !p.matches(".*/[^/]*\\.[a-z]+$"))
                        .forEach(patterns::add);
            }
        }
        Map<String, String> ids = Map.of(
                "actions", id("select id from action where ref = '1a' and strategy_id = " + strategy()),
                "measures", id("select id from measure where ref = 'P1.2' and strategy_id = " + strategy()),
                "priorities", id("select id from priority where number = 1 and strategy_id = " + strategy()),
                "promises", id("select min(id) from promise where strategy_id = " + strategy()),
                "bodies", id("select min(id) from governance_body where strategy_id = " + strategy()),
                "partners", id("select min(id) from partner_organisation where strategy_id = " + strategy()),
                "users", id("select id from user_account where username = 'officer'"),
                // a job part way through, held by no instance that will finish it: its progress bar is checked
                "jobs", id("""
                        insert into job (kind, started_by_id, started_by_name, file_name, state, progress_done,
                        progress_total, stage, attempts, created_at, started_at, claimed_by, lease_until)
                        select 'axe-check', id, username, 'values.csv', 'RUNNING', 4000, 10000, 'Checking the values',
                        1, now(), now(), 'nobody', now() + interval '1 day' from user_account
                        where username = 'admin' returning id"""));
        String check = importCheck();
        String statement = id("select min(s.id) from priority_statement s join priority p on p.id = s.priority_id "
                + "where p.number = 1 and p.strategy_id = " + strategy());

        Journey signedOut = journey("every-page-signed-out");
        for (String state : SIGN_IN_STATES) {
            assertThat(signedOut.page().navigate(signedOut.url(state)).status())
                    .as(state)
                    .isEqualTo(200);
            signedOut.check(state.replaceAll("[^a-zA-Z0-9]+", "-"));
        }
        int checked = SIGN_IN_STATES.size();

        for (var own : OPENED_AS.entrySet()) {
            assertThat(patterns.remove(own.getKey()))
                    .as(own.getKey() + " is a page")
                    .isTrue();
            Journey journey = journey("every-page-" + own.getValue());
            signIn(journey, own.getValue());
            journey.seen("home");
            assertThat(journey.page().navigate(journey.url(own.getKey())).status())
                    .as(own.getKey())
                    .isLessThan(400);
            journey.check(own.getKey().replaceAll("[^a-z0-9]+", "-"));
            checked++;
        }

        Journey journey = journey("every-page");
        Page page = journey.page();
        signIn(journey, "admin");
        for (String pattern : patterns) {
            String path = pattern.replace("{slug}", S)
                    .replace("{number}", "1")
                    .replace("{code}", "2019-20-Q4")
                    .replace("{period}", "2019-20-Q3")
                    .replace("{year}", "2019-20")
                    .replace("{job}", check)
                    .replace("{statementId}", statement)
                    .replace("{ref}", pattern.contains("/measures/") ? "P1.2" : "1a");
            for (var e : ids.entrySet()) {
                path = path.replace(e.getKey() + "/{id}", e.getKey() + "/" + e.getValue());
            }
            assertThat(path).as(pattern).doesNotContain("{");
            var response = page.navigate(journey.url(path));
            assertThat(response.status()).as(path).isLessThan(400);
            journey.check(pattern.replaceAll("[^a-z0-9]+", "-"));
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
        System.out.println("EveryPageAxeIT: " + checked + " pages checked with axe at " + Journey.DESKTOP_WIDTH
                + " and " + Journey.MOBILE_WIDTH + " pixels");
    }

    private String strategy() {
        return String.valueOf(jdbc.queryForObject("select id from strategy where slug = ?", Long.class, S));
    }

    /**
     * A checked upload of the strategy's workbook with its title changed, as the check's job leaves it: the preview
     * page shows the change and the confirmation.
     */
    private String importCheck() {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(imports.export(S)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("Strategy").getRow(1).getCell(1).setCellValue("A new title");
            book.write(out);
            file = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Preview preview = imports.preview("retitled.xlsx", file);
        String job = id("""
                insert into job (kind, started_by_id, started_by_name, file_name, state, attempts, created_at,
                finished_at, summary) select 'strategy-workbook-check', id, username, 'retitled.xlsx', 'SUCCEEDED', 1,
                now(), now(), 'Checked' from user_account where username = 'admin' returning id""");
        jdbc.update(
                "insert into import_check (job_id, kind, fingerprint, preview, created_at) "
                        + "values (?, 'STRATEGY_WORKBOOK', ?, ?, now())",
                Long.parseLong(job),
                preview.fingerprint(),
                json.writeValueAsString(preview));
        return job;
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }
}
