package com.cptracker.jobs;

import com.cptracker.common.NotFoundException;
import com.cptracker.jobs.domain.JobRow;
import com.cptracker.jobs.domain.JobStore;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts background jobs and shows them to the person who started them (and to administrators). */
@Service
public class JobService {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final JobStore store;
    private final JobHandlers handlers;
    private final Clock clock;

    JobService(JobStore store, JobHandlers handlers, Clock clock) {
        this.store = store;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** The address of a job's page, where a request that submitted one sends its person: {@code /jobs/{id}}. */
    public static String page(long id) {
        return "/jobs/" + id;
    }

    /**
     * Queues a job of a {@link JobHandler}'s kind for the signed-in person, in the caller's transaction (so a job is
     * queued only if the caller's own changes are saved), and returns its id. A worker of some instance starts it
     * within {@code cptracker.jobs.poll-interval}.
     *
     * @param strategyId the strategy it concerns, or null
     * @param fileName the uploaded file's name, or null
     * @param content the uploaded file, or null
     * @param parameter a small text the handler reads (such as JSON), or null
     */
    @Transactional
    public long submit(String kind, Long strategyId, String fileName, byte[] content, String parameter) {
        if (handlers.of(kind).isEmpty()) {
            throw new IllegalArgumentException("No job handler of kind " + kind);
        }
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        return store.insert(
                kind, strategyId, user.id(), user.getUsername(), fileName, content, parameter, clock.instant());
    }

    /** The file a job was given, as uploaded. */
    public record Upload(String fileName, byte[] content) {}

    /**
     * The file a finished job was given, for a job that goes on to use it (an import confirmed after its check), for
     * the person who started it or an administrator. 404 when the job is unknown or its file no longer kept.
     */
    @Transactional(readOnly = true)
    public Upload upload(long id) {
        view(id);
        JobRow job = store.findWithFile(id).orElseThrow(() -> new NotFoundException("Job file", id));
        return new Upload(job.fileName(), job.content());
    }

    /** A job for its page: 404 when there is none, 403 unless the signed-in person started it or administers. */
    @Transactional(readOnly = true)
    public JobView view(long id) {
        JobRow job = store.find(id).orElseThrow(() -> new NotFoundException("Job", id));
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (job.startedById() != user.id() && !user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Another person's job");
        }
        return new JobView(
                job.id(),
                handlers.label(job.kind()),
                job.fileName(),
                JobState.valueOf(job.state()),
                job.done(),
                job.total(),
                job.stage(),
                job.summary(),
                job.linkPath(),
                job.linkText(),
                job.failureMessage(),
                local(job.createdAt()),
                local(job.startedAt()),
                local(job.finishedAt()));
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ENGLAND);
    }
}
