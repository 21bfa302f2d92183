package com.cptracker.assessment.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.assessment.AssessmentEdits.RatingFields;
import com.cptracker.assessment.RatingService;
import com.cptracker.assessment.RatingService.RatingTarget;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A criterion's lead (or an administrator) rates it for a quarter, with the evidence and the actions and measures it
 * cites. Once the board has seen the quarter, only an administrator changes it, with a reason.
 */
@Controller
@RequestMapping("/strategies/{slug}/self-assessment/{period}/criteria/{id}")
class RatingController {

    private final RatingService ratings;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;

    RatingController(RatingService ratings, ActionAdminService actions, MeasureAdminService measures) {
        this.ratings = ratings;
        this.actions = actions;
        this.measures = measures;
    }

    @GetMapping
    String show(StrategySummary strategy, @PathVariable String period, @PathVariable long id, Model model) {
        RatingTarget t = ratings.target(strategy, id, period, me());
        model.addAttribute("form", RatingForm.of(t.current(), t.version()));
        return page(strategy, t, false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @PathVariable String period,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RatingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RatingTarget t = ratings.target(strategy, id, period, me());
        Set<Long> actionIds =
                actions.actions(strategy.id()).stream().map(ActionRow::id).collect(Collectors.toSet());
        Set<Long> measureIds =
                measures.measures(strategy.id()).stream().map(MeasureRow::id).collect(Collectors.toSet());
        RatingFields fields = form.fields(errors, actionIds, measureIds, t.correction());
        return Forms.attempt(
                        errors, () -> ratings.rate(t, fields, Forms.text(form.reason()), Forms.version(form.version())))
                .map(done -> Forms.saved(
                        redirect,
                        t.criterion().label() + " rated for "
                                + t.quarter().quarter().label() + (t.correction() ? " (revised)" : ""),
                        "redirect:/strategies/{slug}/self-assessment/{period}#criterion-{id}"))
                .orElseGet(() -> page(strategy, t, true, model));
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }

    private String page(StrategySummary strategy, RatingTarget t, boolean failed, Model model) {
        model.addAttribute("t", t);
        model.addAttribute(
                "levels",
                t.framework().scale().stream()
                        .map(l -> new Option(String.valueOf(l.id()), l.words(), l.description()))
                        .toList());
        model.addAttribute(
                "actions", Option.of(actions.actions(strategy.id()), ActionRow::id, a -> a.ref() + ": " + a.text()));
        model.addAttribute(
                "measures",
                Option.of(measures.measures(strategy.id()), MeasureRow::id, m -> m.ref() + ": " + m.title()));
        model.addAttribute("hasErrors", failed);
        return "assessment/rate";
    }
}
