package com.cptracker.assessment.web;

import com.cptracker.assessment.FrameworkAdminService;
import com.cptracker.scale.ScaleStepController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The self-assessment's rating scale: each step added, changed, reordered and archived by the one scale administration
 * ({@link ScaleStepController}) that the issues and risks log's scale uses too; the steps are listed on the framework's
 * page.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/self-assessment/scale")
class AssessmentScaleAdminController extends ScaleStepController {

    AssessmentScaleAdminController(FrameworkAdminService admin) {
        super(admin, FrameworkAdminController.FRAMEWORK + "#scale", "assessment/level-form");
    }
}
