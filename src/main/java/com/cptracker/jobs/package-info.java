/**
 * Background jobs ({@code job}): long work, such as an import of tens of thousands of rows, runs on a worker of one
 * instance instead of a request thread, and its page ({@code /jobs/{id}}) shows how far it has got and then its
 * outcome.
 *
 * <p>How another module uses it:
 *
 * <ol>
 *   <li>Implement {@link JobHandler} as a bean: a {@link JobHandler#kind() kind} no other handler has, the words that
 *       name it on the page, and {@link JobHandler#run(JobContext) run}, which reads the file and parameter from the
 *       {@link JobContext}, reports {@link JobContext#progress progress}, and returns a {@link JobOutcome} (a summary
 *       and optionally a link) or throws {@link JobFailedException} with a message for people.
 *   <li>In the request, call {@link JobService#submit} (it joins the request's transaction) and redirect to
 *       {@link JobService#page(long)}.
 * </ol>
 *
 * <p>What is promised: the handler runs in one transaction with marking the job SUCCEEDED, so a job that fails, or
 * whose instance dies, changes nothing; it runs as the person who started it (so the audit trail names them); it
 * succeeds at most once, however many instances poll; progress is written in its own short transactions, so the page
 * sees it while the work runs. A job whose instance died is run again from the start by another (or the restarted)
 * instance, at most {@code cptracker.jobs.max-attempts} times. Tests run waiting jobs at once with
 * {@link JobRunner#runPending()}.
 */
package com.cptracker.jobs;
