package com.cptracker.risks.web;

import com.cptracker.risks.RiskScaleAdminService;
import com.cptracker.scale.ScaleStepController;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A strategy's scale for rating its issues and risks, on the administration pattern: the scale's page here, each step
 * added, changed, reordered and archived by the one scale administration ({@link ScaleStepController}) that the
 * self-assessment's scale uses too, with the same form and table ({@code fragments/scale.html}).
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/risks/scale")
class RiskScaleAdminController extends ScaleStepController {

    private final RiskScaleAdminService admin;

    RiskScaleAdminController(RiskScaleAdminService admin) {
        super(admin, "redirect:/admin/strategies/{slug}/risks/scale", "risks/scale-form");
        this.admin = admin;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        model.addAttribute("levels", admin.levels(strategy.id()));
        return "risks/scale";
    }
}
