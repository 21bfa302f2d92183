package com.cptracker.reporting.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator runs a strategy's quarters: opens one for updates with a deadline, closes it, publishes it. */
@Controller
class QuartersController {

    private final QuarterService quarters;
    private final StrategyService strategies;

    QuartersController(QuarterService quarters, StrategyService strategies) {
        this.quarters = quarters;
        this.strategies = strategies;
    }

    @GetMapping("/strategies/{slug}/quarters")
    String show(@PathVariable String slug, Model model) {
        return page(strategies.bySlug(slug), null, null, null, model);
    }

    @PostMapping("/strategies/{slug}/quarters/{code}")
    String change(@PathVariable String slug, @PathVariable String code, @RequestParam String step,
                  @RequestParam(required = false) String deadline, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        StrategySummary strategy = strategies.bySlug(slug);
        if (strategy.quarters().stream().noneMatch(q -> q.code().equals(code))) {
            throw new com.cptracker.common.NotFoundException("Quarter", code);
        }
        long expected = version != null && version.matches("-?\\d{1,18}") ? Long.parseLong(version) : Long.MIN_VALUE;
        try {
            switch (step) {
                case "open" -> {
                    LocalDate due = date(deadline);
                    if (due == null) {
                        return page(strategy, code, "deadline-" + code,
                                "Enter the deadline for updates as a date, like 2019-07-31", model);
                    }
                    quarters.open(strategy.id(), code, due, expected);
                }
                case "close" -> quarters.close(strategy.id(), code, expected);
                case "publish" -> quarters.publish(strategy.id(), code, expected);
                case "correct" -> {
                    String why = reason == null ? "" : reason.strip();
                    if (why.isEmpty() || why.length() > 2000) {
                        model.addAttribute("reason", why);
                        return page(strategy, code, "reason-" + code, why.isEmpty()
                                ? "Give the reason for correcting a quarter the board has seen"
                                : "The reason must be 2,000 characters or fewer", model);
                    }
                    quarters.publishCorrection(strategy.id(), code, why, expected);
                }
                default -> throw new com.cptracker.common.NotFoundException("Step", step);
            }
        } catch (ConcurrentChangeException e) {
            model.addAttribute("reason", reason);
            return page(strategy, code, "main-content", ConcurrentChangeException.MESSAGE, model);
        } catch (IllegalStateException e) {
            return page(strategy, code, "main-content", e.getMessage(), model);
        }
        redirect.addFlashAttribute("saved", code.replace("-Q", " Q") + ": " + switch (step) {
            case "open" -> "opened for updates";
            case "close" -> "closed";
            case "correct" -> "correction published to the board";
            default -> "published to the board";
        });
        return "redirect:/strategies/{slug}/quarters";
    }

    private String page(StrategySummary strategy, String code, String field, String error, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("quarters", quarters.statuses(strategy.id(), strategy.quarters()));
        model.addAttribute("errorQuarter", code);
        model.addAttribute("errorField", field);
        model.addAttribute("error", error);
        return "reporting/quarters";
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
