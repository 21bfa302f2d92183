package com.cptracker.risks.web;

import static com.cptracker.risks.web.RiskController.ITEM;
import static com.cptracker.risks.web.RiskController.me;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.risks.RiskEdits.MitigationFields;
import com.cptracker.risks.RiskEdits.ReviewFields;
import com.cptracker.risks.RiskRecords.RiskEdit;
import com.cptracker.risks.RiskScaleAdminService;
import com.cptracker.risks.RiskService;
import com.cptracker.risks.RiskState;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steps on an issue or risk after it is raised: a review, closing it (a review that closes), a mitigation. */
@Controller
@RequestMapping("/strategies/{slug}/risks/{id}")
class RiskStepController {

    private final RiskService risks;
    private final RiskScaleAdminService scale;
    private final Clock clock;

    RiskStepController(RiskService risks, RiskScaleAdminService scale, Clock clock) {
        this.risks = risks;
        this.scale = scale;
        this.clock = clock;
    }

    @GetMapping("/review")
    String review(StrategySummary strategy, @PathVariable long id, Model model) {
        return reviewPage(strategy, id, RiskState.OPEN, model);
    }

    @PostMapping("/review")
    String review(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveReview(strategy, id, form, errors, model, redirect, false);
    }

    @GetMapping("/close")
    String close(StrategySummary strategy, @PathVariable long id, Model model) {
        return reviewPage(strategy, id, RiskState.CLOSED, model);
    }

    @PostMapping("/close")
    String close(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveReview(strategy, id, form, errors, model, redirect, true);
    }

    private String reviewPage(StrategySummary strategy, long id, RiskState state, Model model) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        model.addAttribute("form", ReviewForm.of(item, state));
        return reviewForm(strategy, item, state == RiskState.CLOSED, false, model);
    }

    private String saveReview(
            StrategySummary strategy,
            long id,
            ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            boolean closing) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        if (closing && form.state() != RiskState.CLOSED) {
            Forms.reject(errors, "state", "offered", Forms.STALE_PAGE);
        }
        ReviewFields fields = form.fields(errors);
        return Forms.attempt(errors, () -> risks.review(strategy.id(), id, fields, Forms.version(form.version()), me()))
                .map(done -> Forms.saved(redirect, closing ? "Closed" : "Review recorded", ITEM))
                .orElseGet(() -> reviewForm(strategy, item, closing, true, model));
    }

    private String reviewForm(StrategySummary strategy, RiskEdit item, boolean closing, boolean failed, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("closing", closing);
        model.addAttribute("levels", levels(scale, strategy, item.levelId()));
        model.addAttribute("states", Option.of(RiskState.values(), RiskState::label));
        model.addAttribute("hasErrors", failed);
        return "risks/review-form";
    }

    @GetMapping("/mitigations/new")
    String mitigate(StrategySummary strategy, @PathVariable long id, Model model) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        model.addAttribute("form", MitigationForm.of(item.version(), LocalDate.now(clock)));
        return mitigationForm(item, false, model);
    }

    @PostMapping("/mitigations/new")
    String mitigate(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MitigationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RiskEdit item = risks.edit(strategy.id(), id, me());
        MitigationFields fields = form.fields(errors);
        return Forms.attempt(
                        errors, () -> risks.mitigate(strategy.id(), id, fields, Forms.version(form.version()), me()))
                .map(done -> Forms.saved(redirect, "Mitigation added", ITEM))
                .orElseGet(() -> mitigationForm(item, true, model));
    }

    private static String mitigationForm(RiskEdit item, boolean failed, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("hasErrors", failed);
        return "risks/mitigation-form";
    }

    /** The ratings a form offers: the scale's steps now, and the one the item has even if since archived. */
    static List<Option> levels(RiskScaleAdminService scale, StrategySummary strategy, Long kept) {
        return scale.levels(strategy.id()).stream()
                .filter(l -> !l.archived() || Long.valueOf(l.id()).equals(kept))
                .map(l -> new Option(
                        String.valueOf(l.id()), l.step().words(), l.step().description()))
                .toList();
    }
}
