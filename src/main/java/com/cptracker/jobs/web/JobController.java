package com.cptracker.jobs.web;

import com.cptracker.jobs.JobService;
import com.cptracker.jobs.JobView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A background job's page, for the person who started it and administrators: how far it has got, then its outcome.
 * While the job waits or runs, the page refreshes itself (a meta refresh, so without JavaScript too).
 */
@Controller
class JobController {

    /** How often the page of an unfinished job refreshes itself, in seconds. */
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
