package com.cptracker.work.web;

import com.cptracker.assessment.RatingService;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An officer's own page: what to update this quarter and by when, what is overdue, what is already sent, and the
 * self-assessment criteria they rate.
 */
@Controller
class MyWorkController {

    private final WorkService work;
    private final RatingService ratings;

    MyWorkController(WorkService work, RatingService ratings) {
        this.work = work;
        this.ratings = ratings;
    }

    @GetMapping("/my")
    String my(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        model.addAttribute("me", user);
        model.addAttribute("work", work.myWork(user));
        model.addAttribute("toRate", ratings.toRate(user));
        return "work/my";
    }
}
