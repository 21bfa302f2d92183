package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.jobs.JobRunner;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.support.SignedIn;
import com.cptracker.support.Uploads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile values in every column of an uploaded file of values: the check never fails unexpectedly, its preview shows
 * each value as text (never as markup, never an exception's text), and nothing is saved without a confirmation.
 */
@DemoApplicationTest
// Shares the database of the values import's journeys, which save values into Cheshire East's open quarter; this test
// saves nothing.
@OwnDatabase("values-import")
class HostileFileTest {

    static final String S = "/strategies/cheshire-east-2018-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileValuesInEveryColumnOfAFileAreCheckedAndShownAsText() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer");
        String own = jdbc.queryForObject("""
                select m.ref from measure m join user_account u on u.id = m.owner_user_id
                join strategy s on s.id = m.strategy_id where u.username = 'officer'
                and s.slug = 'cheshire-east-2018-20' and m.active and m.frequency = 'QUARTERLY' order by m.ref limit 1""", String.class);
        StringBuilder csv = new StringBuilder("Ref,Period,Value,Status,Comment\n");
        List<String> hostile = HostileValues.generate(80, 14);
        for (String h : hostile) {
            String q = quoted(h);
            csv.append(q).append(",2019-20 Q4,5,,Comment\n");
            csv.append(own).append(',').append(q).append(",5,,Comment\n");
            csv.append(own).append(",2019-20 Q4,").append(q).append(",,Comment\n");
            csv.append(own).append(",2019-20 Q4,5,").append(q).append(",Comment\n");
            csv.append(own).append(",2019-20 Q4,5,,").append(q).append('\n');
        }
        int before = jdbc.queryForObject("select count(*) from measure_value", Integer.class);
        Uploads uploads = new Uploads(mvc, runner, officer);
        String job = uploads.upload(
                S + "/values/import", "hostile.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        runner.runPending();
        assertThat(officer.page(job).select("main").text()).doesNotContain("Something went wrong");
        Document page = uploads.checked(job);
        assertThat(page.select(HostileValues.PROBE)).isEmpty();
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("main").text()).doesNotContainPattern(HostileInputTest.EXCEPTION_NAME);
        assertThat(page.select("#problems tbody tr")).hasSizeGreaterThan(hostile.size());
        assertThat(page.select("button:contains(Save the values)")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from measure_value", Integer.class))
                .isEqualTo(before);
    }

    /** A CSV cell holding the text as it is: quoted, its quotes doubled. */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
