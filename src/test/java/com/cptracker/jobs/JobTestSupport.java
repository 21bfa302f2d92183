package com.cptracker.jobs;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.OwnDatabase;
import com.cptracker.users.CurrentUser;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the jobs' tests share: the demo application with {@link CountingJobHandler}, and jobs submitted as someone. */
final class JobTestSupport {

    /**
     * The demo application with the test handler, on a database of its own: its jobs write to the audit trail, and a
     * job left waiting would be run by another test's runner.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @DemoApplicationTest
    @OwnDatabase("jobs")
    @Import(CountingJobHandler.class)
    @interface JobsApplicationTest {}

    private JobTestSupport() {}

    /** Submits a test job as {@code username}, one row per line. */
    static long submitAs(UserDetailsService accounts, JobService jobs, String username, String... lines) {
        CurrentUser user = (CurrentUser) accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return jobs.submit(
                    CountingJobHandler.KIND,
                    null,
                    "rows.txt",
                    String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                    null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Ends every job a test left unfinished, so that none is run by the next test's runner. */
    static void finishLeftovers(JdbcTemplate jdbc) {
        jdbc.update("""
                update job set state = 'FAILED', failure_message = 'left by a test', finished_at = now(),
                claimed_by = null, lease_until = null where state in ('QUEUED', 'RUNNING')""");
    }

    static long rows(JdbcTemplate jdbc, long jobId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where item_type = 'test-row' and item_id = ?", Long.class, jobId);
    }
}
