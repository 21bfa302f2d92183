package com.cptracker.voice.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.common.web.ArchiveForm;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureRow;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.voice.VoiceAdminService;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceRecords.EntryFields;
import com.cptracker.voice.VoiceRecords.EntryHistory;
import com.cptracker.voice.VoiceService;
import com.cptracker.voice.VoiceStatus;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * "You said, we did" for administrators: the log of what children and young people said and what was done, with
 * each entry's refs, links and consent, and its earlier states; add, change and archive, linked to the strategy's
 * promises, actions and measures. Only administrators write the response: it speaks to children for the whole
 * council, and its consent and summary must be checked by one team; an action's lead reports progress on the action.
 */
@Controller
@RequestMapping("/admin/strategies/{slug}/voice")
class VoiceAdminController {

    private static final String LOG = "redirect:/admin/strategies/{slug}/voice";

    private final VoiceAdminService admin;
    private final VoiceService voice;
    private final StrategyService strategies;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;

    VoiceAdminController(
            VoiceAdminService admin,
            VoiceService voice,
            StrategyService strategies,
            ActionAdminService actions,
            MeasureAdminService measures) {
        this.admin = admin;
        this.voice = voice;
        this.strategies = strategies;
        this.actions = actions;
        this.measures = measures;
    }

    @GetMapping
    String list(StrategySummary strategy, Model model) {
        Map<Long, String> promiseTexts = strategies.promisesOf(strategy.id()).stream()
                .collect(Collectors.toMap(PromiseView::id, p -> p.position() + ". " + p.text()));
        Map<Long, String> actionRefs =
                actions.actions(strategy.id()).stream().collect(Collectors.toMap(ActionRow::id, ActionRow::ref));
        Map<Long, String> measureRefs =
                measures.measures(strategy.id()).stream().collect(Collectors.toMap(MeasureRow::id, MeasureRow::ref));
        model.addAttribute(
                "entries",
                voice.histories(strategy.id()).stream()
                        .map(h -> new VoiceRow(
                                h,
                                named(h.entry().fields().promiseIds(), promiseTexts),
                                named(h.entry().fields().actionIds(), actionRefs),
                                named(h.entry().fields().measureIds(), measureRefs)))
                        .toList());
        return "voice/admin";
    }

    /** An entry as the log shows it: with its earlier states, and what it answers by the promises' words and refs. */
    record VoiceRow(EntryHistory history, List<String> promises, List<String> actions, List<String> measures) {}

    private static List<String> named(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(names::get).filter(n -> n != null).sorted().toList();
    }

    @GetMapping("/new")
    String create(StrategySummary strategy, Model model) {
        model.addAttribute("form", VoiceForm.empty());
        return form(strategy, null, false, model);
    }

    @PostMapping("/new")
    String create(
            StrategySummary strategy,
            @Valid @ModelAttribute("form") VoiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EntryFields fields = fields(strategy, form, errors);
        return Forms.attempt(errors, () -> admin.create(strategy.id(), fields))
                .map(id -> Forms.saved(redirect, "What they said is recorded", LOG))
                .orElseGet(() -> form(strategy, null, true, model));
    }

    @GetMapping("/{id}/edit")
    String edit(StrategySummary strategy, @PathVariable long id, Model model) {
        Entry entry = admin.entry(strategy.id(), id);
        model.addAttribute("form", VoiceForm.of(entry));
        return form(strategy, entry, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") VoiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Entry entry = admin.entry(strategy.id(), id);
        EntryFields fields = fields(strategy, form, errors);
        return Forms.attempt(errors, () -> admin.update(strategy.id(), id, fields, Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, entry.ref() + " saved", LOG))
                .orElseGet(() -> form(strategy, entry, true, model));
    }

    /** Archives the entry (it leaves the children's page and later packs, never deleted) or brings it back. */
    @PostMapping("/{id}/archive")
    String archive(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid ArchiveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Entry entry = admin.entry(strategy.id(), id);
        form.apply(
                entry.ref(),
                "reason-voice-" + id,
                (archived, reason, version) -> admin.setArchived(strategy.id(), id, archived, reason, version),
                errors,
                redirect);
        return LOG;
    }

    private EntryFields fields(StrategySummary strategy, VoiceForm form, BindingResult errors) {
        return form.fields(
                errors,
                ids(strategies.promisesOf(strategy.id()), PromiseView::id),
                ids(actions.actions(strategy.id()), ActionRow::id),
                ids(measures.measures(strategy.id()), MeasureRow::id));
    }

    private static <T> Set<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private String form(StrategySummary strategy, Entry entry, boolean failed, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute(
                "consents",
                List.of(
                        new Option("true", "Yes, their words may be shown as they said them", null),
                        new Option("false", "No, show only a summary", null)));
        model.addAttribute("statuses", Option.of(VoiceStatus.values(), VoiceStatus::label));
        model.addAttribute(
                "promises",
                Option.of(
                        strategies.promisesOf(strategy.id()), PromiseView::id, p -> Option.abbreviate(p.text(), 150)));
        model.addAttribute(
                "actions",
                Option.of(
                        actions.actions(strategy.id()),
                        ActionRow::id,
                        a -> a.ref() + ": " + Option.abbreviate(a.text(), 110)));
        model.addAttribute(
                "measures",
                Option.of(
                        measures.measures(strategy.id()),
                        MeasureRow::id,
                        m -> m.ref() + ": " + Option.abbreviate(m.title(), 110)));
        model.addAttribute("hasErrors", failed);
        return "voice/form";
    }
}
