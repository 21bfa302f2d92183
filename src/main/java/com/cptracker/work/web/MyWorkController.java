package com.cptracker.work.web;

import com.cptracker.assessment.RatingService;
import com.cptracker.risks.RiskLogService;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An officer's own page: what to update this quarter and by when, what is overdue, what is already sent, and the
 * self-assessment criteria they rate, and the open issues and risks they own with their next review.
 */
@Controller
class MyWorkController {

    private final WorkService work;
    private final RatingService ratings;
    private final RiskLogService risks;

    MyWorkController(WorkService work, RatingService ratings, RiskLogService risks) {
        this.work = work;
        this.ratings = ratings;
        this.risks = risks;
    }

    @GetMapping("/my")
    String my(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        model.addAttribute("me", user);
        model.addAttribute("work", work.myWork(user));
        model.addAttribute("toRate", ratings.toRate(user));
        model.addAttribute("risks", risks.openOwnedBy(user.id()));
        return "work/my";
    }
}
