package com.cptracker.work.web;

import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An officer's own page: what to update this quarter and by when, what is overdue, what is already sent. */
@Controller
class MyWorkController {

    private final WorkService work;

    MyWorkController(WorkService work) {
        this.work = work;
    }

    @GetMapping("/my")
    String my(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        model.addAttribute("me", user);
        model.addAttribute("work", work.myWork(user));
        return "work/my";
    }
}
