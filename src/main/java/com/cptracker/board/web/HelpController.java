package com.cptracker.board.web;

import com.cptracker.status.BenchmarkRules;
import com.cptracker.status.StatusHelp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How statuses are worked out, with examples computed by the rules themselves. */
@Controller
class HelpController {

    @GetMapping("/help/status")
    String status(Model model) {
        model.addAttribute("statuses", StatusHelp.statuses());
        model.addAttribute("sections", StatusHelp.sections(BenchmarkRules.DEFAULT_MARGIN_PERCENT));
        return "help/status";
    }
}
