package com.cptracker.jobs;

import static com.cptracker.jobs.JobTestSupport.finishLeftovers;
import static com.cptracker.jobs.JobTestSupport.submitAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.jobs.JobTestSupport.JobsApplicationTest;
import com.cptracker.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A job's page in each state, read with jsoup, and who may read it. */
@JobsApplicationTest
class JobPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JobService jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noJobWaiting() {
        finishLeftovers(jdbc);
    }

    /** No meta refresh on any job page: reloading under a reader fails WCAG 2.2.1; a script updates the progress. */
    @Test
    void aWaitingJobSaysSoAndUpdatesItself() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a");

        Document page = SignedIn.as(mvc, "officer").page(JobService.page(id));

        assertThat(page.title()).startsWith("Count of test rows - Waiting to start");
        assertThat(page.select("h1").text()).isEqualTo("Count of test rows");
        assertThat(page.select("#job-file").text()).isEqualTo("rows.txt");
        assertThat(page.select("#job-state").text()).isEqualTo("Waiting to start");
        assertThat(page.select("script[src=/js/job.js]")).hasSize(1);
        assertThat(page.select("#job-progress").attr("data-refresh-seconds")).isEqualTo("5");
        assertThat(page.select("#job-progress").text())
                .contains("Waiting for a worker")
                .contains("This page updates itself every 5 seconds");
        assertThat(page.select("#job-refresh").attr("href")).isEqualTo("/jobs/" + id);
        assertThat(page.select("#job-outcome, #job-failure, meta[http-equiv=refresh]"))
                .isEmpty();
    }

    @Test
    void aRunningJobShowsHowFarItHasGot() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a");
        jdbc.update(
                "update job set state = 'RUNNING', claimed_by = 'elsewhere', attempts = 1, started_at = now(),"
                        + " lease_until = now() + interval '1 hour', progress_done = 4000, progress_total = 10000,"
                        + " stage = 'Checking the values sheet' where id = ?",
                id);

        Document page = SignedIn.as(mvc, "officer").page(JobService.page(id));

        assertThat(page.select("#job-state").text()).isEqualTo("Running");
        assertThat(page.select("progress#job-progress-bar").attr("value")).isEqualTo("4000");
        assertThat(page.select("progress#job-progress-bar").attr("max")).isEqualTo("10000");
        assertThat(page.select("label[for=job-progress-bar]").text()).isEqualTo("4,000 of 10,000 rows");
        assertThat(page.select("#job-stage").text()).isEqualTo("Checking the values sheet");
        assertThat(page.select("script[src=/js/job.js]")).hasSize(1);
    }

    @Test
    void aFinishedJobShowsItsOutcomeAndStopsUpdating() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a", "b");
        runner.runPending();

        Document page = SignedIn.as(mvc, "officer").page(JobService.page(id));

        assertThat(page.select("#job-state").text()).isEqualTo("Finished");
        assertThat(page.select("#job-outcome").text()).contains("Counted 2 rows");
        assertThat(page.select("#job-link").attr("href")).isEqualTo("/strategies");
        assertThat(page.select("#job-link").text()).isEqualTo("See the strategies");
        assertThat(page.select("script[src=/js/job.js], #job-progress, #job-failure"))
                .isEmpty();
    }

    @Test
    void aFailedJobSaysWhyAndThatNothingChanged() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a", "FAIL");
        long broken = submitAs(accounts, jobs, "officer", "BOOM");
        runner.runPending();

        Document page = SignedIn.as(mvc, "officer").page(JobService.page(id));
        assertThat(page.select("#job-state").text()).isEqualTo("Failed");
        assertThat(page.select("#job-failure").text())
                .contains("Row 2 cannot be read: it says FAIL.")
                .contains("Nothing was changed.");
        assertThat(page.select("script[src=/js/job.js], #job-progress, #job-outcome"))
                .isEmpty();

        Document bug = SignedIn.as(mvc, "officer").page(JobService.page(broken));
        assertThat(bug.select("#job-failure").text())
                .contains(JobRunner.UNEXPECTED)
                .doesNotContain("internal detail")
                .doesNotContain("Exception");
    }

    @Test
    void onlyThePersonWhoStartedAJobAndAdministratorsSeeIt() throws Exception {
        long id = submitAs(accounts, jobs, "officer", "a");

        assertThat(status(null, id)).isEqualTo(302);
        assertThat(status("board", id)).isEqualTo(403);
        assertThat(status("officer", id)).isEqualTo(200);
        assertThat(status("admin", id)).isEqualTo(200);
        assertThat(status("officer", id + 1000)).isEqualTo(404);
        long adminsJob = submitAs(accounts, jobs, "admin", "a");
        assertThat(status("officer", adminsJob)).isEqualTo(403);
    }

    private int status(String who, long id) throws Exception {
        var request = get(JobService.page(id));
        if (who != null) {
            request.session(SignedIn.as(mvc, who).session());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
