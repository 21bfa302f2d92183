package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.MoveForm;
import com.cptracker.recommendations.RecommendationAdminService;
import com.cptracker.recommendations.Recommendations.RecommendationEdit;
import com.cptracker.recommendations.Recommendations.SourceEdit;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The reports whose recommendations a strategy answers (a scrutiny review, an inspection, an audit) and their
 * recommendations: create, change, reorder, archive, on {@link PriorityAdminController}'s pattern. Which actions answer
 * a recommendation is chosen on the action's own form.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/recommendations")
class RecommendationAdminController {

    private static final String LIST = "redirect:/admin/strategies/{slug}/recommendations";
    private static final String SOURCE = LIST + "/{id}";
    private static final String RECOMMENDATIONS = SOURCE + "#recommendations";

    private final RecommendationAdminService admin;
    private final ActionAdminService actions;

    RecommendationAdminController(RecommendationAdminService admin, ActionAdminService actions) {
        this.admin = admin;
        this.actions = actions;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        model.addAttribute("sources", admin.rows(strategy.id()));
        return "admin/sources";
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", SourceForm.empty());
        return form(null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.createSource(strategy.id(), fields))
                .map(id -> Forms.saved(redirect.addAttribute("id", id), "Source added", SOURCE))
                .orElseGet(() -> form(null, true, model));
    }

    /** A source's administration: its details and its recommendations in order, with the actions answering each. */
    @GetMapping("/{id}")
    String show(StrategySummary strategy, @PathVariable long id, Model model) {
        model.addAttribute("source", admin.source(strategy.id(), id));
        model.addAttribute("recommendations", admin.recommendations(strategy.id(), id));
        model.addAttribute(
                "actionRefs",
                actions.actions(strategy.id()).stream().collect(Collectors.toMap(ActionRow::id, Function.identity())));
        return "admin/source";
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        SourceEdit source = admin.source(strategy.id(), id);
        model.addAttribute("form", SourceForm.of(source));
        return form(source, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SourceEdit source = admin.source(strategy.id(), id);
        var fields = form.fields(errors);
        return Forms.attempt(errors, () -> admin.updateSource(strategy.id(), id, fields, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Source saved", SOURCE))
                .orElseGet(() -> form(source, true, model));
    }

    /** Archives the source (it leaves the board's pages with its recommendations) or brings it back, with a reason. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SourceEdit source = admin.source(strategy.id(), id);
        form.apply(
                source.name(),
                "reason-source",
                (archived, reason, version) -> admin.setSourceArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return SOURCE;
    }

    @PostMapping("/{id}/move")
    String move(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SourceEdit source = admin.source(strategy.id(), id);
        form.apply(source.name(), (to, version) -> admin.moveSource(strategy.id(), id, to, version), errors, redirect);
        return LIST;
    }

    @GetMapping("/{id}/recommendations/new")
    String createRecommendation(StrategySummary strategy, @PathVariable long id, Model model) {
        List<RecommendationEdit> existing = admin.recommendations(strategy.id(), id);
        model.addAttribute("form", RecommendationForm.empty(next(existing)));
        return recommendationForm(strategy, id, null, false, model);
    }

    @PostMapping("/{id}/recommendations/new")
    String createRecommendation(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        admin.source(strategy.id(), id);
        return Forms.attempt(
                        errors,
                        () -> admin.addRecommendation(
                                strategy.id(),
                                id,
                                form.ref().strip(),
                                form.text().strip()))
                .map(rid -> Forms.saved(redirect, "Recommendation added", RECOMMENDATIONS))
                .orElseGet(() -> recommendationForm(strategy, id, null, true, model));
    }

    @GetMapping("/{id}/recommendations/{recommendationId}/edit")
    String editRecommendation(
            StrategySummary strategy, @PathVariable long id, @PathVariable long recommendationId, Model model) {
        RecommendationEdit recommendation = admin.recommendation(strategy.id(), id, recommendationId);
        model.addAttribute("form", RecommendationForm.of(recommendation));
        return recommendationForm(strategy, id, recommendation, false, model);
    }

    @PostMapping("/{id}/recommendations/{recommendationId}/edit")
    String editRecommendation(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long recommendationId,
            @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RecommendationEdit recommendation = admin.recommendation(strategy.id(), id, recommendationId);
        return Forms.attempt(
                        errors,
                        () -> admin.updateRecommendation(
                                strategy.id(),
                                id,
                                recommendationId,
                                form.ref().strip(),
                                form.text().strip(),
                                Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Recommendation saved", RECOMMENDATIONS))
                .orElseGet(() -> recommendationForm(strategy, id, recommendation, true, model));
    }

    @PostMapping("/{id}/recommendations/{recommendationId}/archive")
    String archiveRecommendation(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long recommendationId,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        RecommendationEdit recommendation = admin.recommendation(strategy.id(), id, recommendationId);
        form.apply(
                "Recommendation " + recommendation.ref(),
                "reason-recommendation-" + recommendationId,
                (archived, reason, version) ->
                        admin.setRecommendationArchived(strategy.id(), id, recommendationId, archived, reason, version),
                errors,
                redirect);
        return RECOMMENDATIONS;
    }

    @PostMapping("/{id}/recommendations/{recommendationId}/move")
    String moveRecommendation(
            StrategySummary strategy,
            @PathVariable long id,
            @PathVariable long recommendationId,
            @Valid MoveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        RecommendationEdit recommendation = admin.recommendation(strategy.id(), id, recommendationId);
        form.apply(
                "Recommendation " + recommendation.ref(),
                (to, version) -> admin.moveRecommendation(strategy.id(), id, recommendationId, to, version),
                errors,
                redirect);
        return RECOMMENDATIONS;
    }

    /** The number the next recommendation most likely has: one more than the last, when that is a number. */
    private static String next(List<RecommendationEdit> existing) {
        if (existing.isEmpty()) {
            return "1";
        }
        String last = existing.getLast().ref();
        return last.matches("\\d{1,6}") ? String.valueOf(Integer.parseInt(last) + 1) : "";
    }

    private String form(SourceEdit source, boolean failed, Model model) {
        model.addAttribute("source", source);
        model.addAttribute("hasErrors", failed);
        return "admin/source-form";
    }

    private String recommendationForm(
            StrategySummary strategy, long sourceId, RecommendationEdit recommendation, boolean failed, Model model) {
        model.addAttribute("source", admin.source(strategy.id(), sourceId));
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("hasErrors", failed);
        return "admin/recommendation-form";
    }
}
