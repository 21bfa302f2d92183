package com.cptracker.board.web;

import com.cptracker.assessment.AssessmentService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Whether the board's navigation of a strategy links to its self-assessment: only when the strategy has a framework.
 * One statement per page; the self-assessment's own page and the board pack know it from what they read.
 */
@ControllerAdvice(assignableTypes = {StrategyPagesController.class, BoardPagesController.class})
class SelfAssessmentLink {

    /** Absent only in a test of a slice of the web layer, which then links no self-assessment. */
    private final ObjectProvider<AssessmentService> assessment;

    SelfAssessmentLink(ObjectProvider<AssessmentService> assessment) {
        this.assessment = assessment;
    }

    @ModelAttribute("selfAssessed")
    boolean selfAssessed(@PathVariable(required = false) String slug) {
        AssessmentService service = assessment.getIfAvailable();
        return slug != null && service != null && service.hasFramework(slug);
    }
}
