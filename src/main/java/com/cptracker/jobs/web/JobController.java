package com.cptracker.jobs.web;

import com.cptracker.jobs.JobService;
import com.cptracker.jobs.JobView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A background job's page, for the person who started it and administrators: how far it has got, then its outcome.
 * While the job waits or runs, a small script ({@code js/job.js}) updates the progress in place and shows the outcome
 * when it comes; without JavaScript the page has a Refresh link. No meta refresh: reloading a page under a person
 * reading it fails WCAG 2.2.1 (axe's meta-refresh rule).
 */
@Controller
class JobController {

    /** How often the page of an unfinished job updates itself, in seconds. */
    static final int REFRESH_SECONDS = 5;

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, Model model) {
        JobView job = jobs.view(id);
        model.addAttribute("job", job);
        if (job.updating()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "jobs/job";
    }
}
