package com.cptracker.work.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import com.cptracker.work.WorkService.StrategyWork;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A quarter's values for all of one's measures on one page. "Check" shows the status each value would get without
 * saving; "Save" saves them all or none.
 */
@Controller
class ValuesController {

    private final StrategyService strategies;
    private final WorkService work;
    private final MeasureValueService values;

    ValuesController(StrategyService strategies, WorkService work, MeasureValueService values) {
        this.strategies = strategies;
        this.work = work;
        this.values = values;
    }

    @GetMapping("/strategies/{slug}/values")
    String show(@PathVariable String slug, Model model) {
        StrategyWork w = work(slug);
        return page(w, w.measures().stream().map(ValueRow::blank).toList(), null, false, model);
    }

    @PostMapping("/strategies/{slug}/values")
    String save(@PathVariable String slug, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        StrategyWork w = work(slug);
        List<ValueRow> rows = w.measures().stream().map(item -> ValueRow.read(item, form)).toList();
        boolean failed = rows.stream().anyMatch(r -> r.error() != null);
        if (failed || !"save".equals(form.get("step"))) {
            return page(w, rows, null, failed, model);
        }
        List<ValueInput> inputs = rows.stream().map(ValueRow::input).filter(Objects::nonNull).toList();
        try {
            values.save(inputs, null);
        } catch (MeasureValueService.PublishedValueException e) {
            return page(w, rows, e.getMessage(), true, model);
        } catch (ConcurrentChangeException e) {
            return page(w, rows, ConcurrentChangeException.MESSAGE, true, model);
        }
        redirect.addFlashAttribute("saved", inputs.size() + (inputs.size() == 1 ? " value" : " values")
                + " saved for " + w.open().quarter().label());
        return "redirect:/my";
    }

    private StrategyWork work(String slug) {
        StrategySummary s = strategies.bySlug(slug);
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        StrategyWork w = work.workIn(s, user);
        if (w.open() == null) {
            throw new NoOpenQuarterException(slug);
        }
        return w;
    }

    private static String page(StrategyWork w, List<ValueRow> rows, String globalError, boolean failed,
                               Model model) {
        model.addAttribute("w", w);
        model.addAttribute("strategy", w.strategy());
        model.addAttribute("rows", rows);
        model.addAttribute("globalError", globalError);
        model.addAttribute("errors", rows.stream().filter(r -> r.error() != null).toList());
        model.addAttribute("hasErrors", failed);
        return "work/values";
    }
}
