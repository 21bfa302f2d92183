package com.cptracker.reporting.web;

import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Problem;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator runs a strategy's quarters: opens one for updates with a deadline, closes it, publishes it, and
 * publishes a correction of one the board has seen, with a reason. The page has a small form per quarter; a refused
 * step comes back beside that quarter's fields, whose ids carry the quarter's code.
 */
@Controller
@RequestMapping("/strategies/{slug}/quarters")
class QuartersController {

    private final QuarterService quarters;

    QuartersController(QuarterService quarters) {
        this.quarters = quarters;
    }

    @GetMapping
    String show(StrategySummary strategy, Model model) {
        return page(strategy, null, List.of(), model);
    }

    /** Takes the step of the button pressed for one quarter of the strategy (404 for any other quarter). */
    @PostMapping("/{code}")
    String change(
            StrategySummary strategy,
            @PathVariable String code,
            @Valid @ModelAttribute("form") QuarterForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ReportingPeriod quarter = strategy.quarters().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Quarter", code));
        LocalDate deadline = form.step() == QuarterStep.OPEN
                ? DateInput.required(form.deadline(), errors, "deadline", "deadline for updates")
                : null;
        return Forms.attempt(errors, () -> take(strategy.id(), code, form, deadline))
                .map(done -> Forms.saved(
                        redirect, quarter.label() + ": " + form.step().done(), "redirect:/strategies/{slug}/quarters"))
                .orElseGet(() -> page(strategy, code, problems(errors, code), model));
    }

    private void take(long strategyId, String code, QuarterForm form, LocalDate deadline) {
        long version = form.version();
        switch (form.step()) {
            case OPEN -> quarters.open(strategyId, code, deadline, version);
            case CLOSE -> quarters.close(strategyId, code, version);
            case PUBLISH -> quarters.publish(strategyId, code, version);
            case CORRECT -> quarters.publishCorrection(strategyId, code, Forms.text(form.reason()), version);
        }
    }

    /**
     * The form's problems for the one error summary, each linked to its field in that quarter's form: the deadline's
     * day box or the reason. A hidden step or version that could not be read means the page cannot be trusted.
     */
    private static List<Problem> problems(BindingResult errors, String code) {
        return errors.getAllErrors().stream()
                .map(e -> {
                    if (!(e instanceof FieldError f)) {
                        return new Problem(null, e.getDefaultMessage());
                    }
                    String id = switch (f.getField()) {
                        case "deadline.day" -> "deadline-" + code + ".day";
                        case "reason" -> "reason-" + code;
                        default -> null;
                    };
                    return new Problem(id, f.isBindingFailure() ? Forms.STALE_PAGE : f.getDefaultMessage());
                })
                .toList();
    }

    private String page(StrategySummary strategy, String errorQuarter, List<Problem> problems, Model model) {
        model.addAttribute("quarters", quarters.statuses(strategy.id(), strategy.quarters()));
        model.addAttribute("errorQuarter", errorQuarter);
        model.addAttribute("problems", problems);
        model.addAttribute("blank", QuarterForm.blank());
        return "reporting/quarters";
    }
}
