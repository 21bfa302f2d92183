package com.cptracker.work.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.measures.ValueRules;
import com.cptracker.status.Mark;
import com.cptracker.status.Status;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import com.cptracker.work.WorkService.MeasureItem;
import com.cptracker.work.WorkService.StrategyWork;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A quarter's values for all of one's measures on one page. "Check" shows the status each value would get without
 * saving; "Save" saves them all or none. The measures are always those the person may enter now, never what the post
 * names: a post for other measures, or without one of theirs, is a page out of date.
 */
@Controller
@RequestMapping("/strategies/{slug}/values")
class ValuesController {

    private static final List<Option> OWNER_STATUSES =
            Option.of(ValueRules.OWNER_STATUSES, Status::name, Status::label);

    private final WorkService work;
    private final MeasureValueService values;

    ValuesController(WorkService work, MeasureValueService values) {
        this.work = work;
        this.values = values;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        StrategyWork w = work(strategy);
        model.addAttribute("form", ValuesForm.of(w.measures(), strategy.smallNumberMark()));
        return page(w, w.measures().stream().map(ValueRow::blank).toList(), false, model);
    }

    @PostMapping
    String save(
            StrategySummary strategy,
            @ModelAttribute("form") ValuesForm form,
            BindingResult bound,
            Model model,
            RedirectAttributes redirect) {
        StrategyWork w = work(strategy);
        List<MeasureItem> items = w.measures();
        if (!form.isFor(items)) {
            return outOfDate(w, model);
        }
        BindingResult errors = Forms.rebound(form, bound, model);
        List<ValueRow> rows = items.stream()
                .map(item -> ValueRow.read(item, strategy.smallNumberMark(), form, errors))
                .toList();
        if (!form.save()) {
            return page(w, rows, errors.hasErrors(), model);
        }
        List<ValueInput> inputs =
                rows.stream().map(ValueRow::input).filter(Objects::nonNull).toList();
        return Forms.attempt(errors, () -> values.save(inputs, null))
                .map(done -> Forms.saved(
                        redirect,
                        inputs.size() + (inputs.size() == 1 ? " value" : " values") + " saved for "
                                + w.open().quarter().label(),
                        "redirect:/my"))
                .orElseGet(() -> page(w, rows, true, model));
    }

    private StrategyWork work(StrategySummary s) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        StrategyWork w = work.workIn(s, user);
        if (w.open() == null) {
            throw new NoOpenQuarterException(s.slug());
        }
        return w;
    }

    /** The measures as they are now, saved values and versions fresh, with the one problem; nothing saved. */
    private static String outOfDate(StrategyWork w, Model model) {
        Forms.rebound(ValuesForm.of(w.measures(), w.strategy().smallNumberMark()), null, model)
                .reject("stale", Forms.STALE_PAGE);
        return page(w, w.measures().stream().map(ValueRow::blank).toList(), true, model);
    }

    private static String page(StrategyWork w, List<ValueRow> rows, boolean failed, Model model) {
        model.addAttribute("w", w);
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", OWNER_STATUSES);
        model.addAttribute("marks", Mark.accepted(w.strategy().smallNumberMark()));
        model.addAttribute("hasErrors", failed);
        return "work/values";
    }
}
