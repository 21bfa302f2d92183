package com.cptracker.board.web;

import com.cptracker.board.SelfAssessment;
import com.cptracker.board.SelfAssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A strategy's self-assessment against its framework, for a quarter (default the latest this person may see). */
@Controller
class SelfAssessmentController {

    private final SelfAssessmentService assessments;

    SelfAssessmentController(SelfAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping({"/strategies/{slug}/self-assessment", "/strategies/{slug}/self-assessment/{period}"})
    String page(
            @PathVariable String slug,
            @PathVariable(required = false) String period,
            @RequestParam(name = "period", required = false) String picked,
            Model model) {
        SelfAssessment page = assessments.page(slug, period != null ? period : picked);
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        model.addAttribute("selfAssessed", true);
        return "board/self-assessment";
    }
}
