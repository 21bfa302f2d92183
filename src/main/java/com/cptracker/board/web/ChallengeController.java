package com.cptracker.board.web;

import com.cptracker.board.BoardChallenges;
import com.cptracker.board.BoardChallenges.Raising;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.board.BoardService;
import com.cptracker.challenges.ChallengeRecords.ChallengePage;
import com.cptracker.challenges.ChallengeRecords.LogFilter;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.CurrentUser;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board's challenge log: the strategy's log with its filters (plain GET parameters, working without JavaScript), a
 * challenge's page with its history and the form for whoever may act next, and the raise form reached from each item's
 * page and the scorecard ({@code ?on=measure:P1.2&period=2019-20-Q3}; no {@code on} is the quarter as a whole).
 */
@Controller
@RequestMapping("/strategies/{slug}/challenges")
class ChallengeController {

    private static final String PAGE = "redirect:/strategies/{slug}/challenges/{id}";

    /** The log's state filters; any other value means every challenge. */
    private static final List<String> STATES = List.of("open", "answered", "overdue");

    private final ChallengeService challenges;
    private final BoardChallenges subjects;
    private final BoardService board;

    ChallengeController(ChallengeService challenges, BoardChallenges subjects, BoardService board) {
        this.challenges = challenges;
        this.subjects = subjects;
        this.board = board;
    }

    @GetMapping
    String log(
            @PathVariable String slug,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String member,
            Model model) {
        QuarterFrame f = board.frame(slug, period);
        LogFilter filter =
                new LogFilter(state != null && STATES.contains(state) ? state : null, id(priority), id(member));
        model.addAttribute("strategy", f.context().strategy());
        model.addAttribute("context", f.context());
        model.addAttribute("priorities", f.edition().headings());
        model.addAttribute("filter", filter);
        model.addAttribute("log", challenges.log(f.context().strategy().id(), filter));
        model.addAttribute("mayRaise", ChallengeService.mayRaise(me()));
        return "board/challenges";
    }

    @GetMapping("/new")
    String raiseForm(
            @PathVariable String slug,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String on,
            Model model) {
        Raising r = raising(slug, period, on);
        model.addAttribute("form", RaiseForm.empty());
        return raisePage(r, false, model);
    }

    @PostMapping("/new")
    String raise(
            @PathVariable String slug,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String on,
            @Valid @ModelAttribute("form") RaiseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Raising r = raising(slug, period, on);
        LocalDate by = DateInput.optional(form.answerBy(), errors, "answerBy", "date it should be answered by");
        return Forms.attempt(
                        errors,
                        () -> challenges.raise(
                                r.context().strategy(),
                                r.subject(),
                                r.context().quarter().code(),
                                form.question().strip(),
                                by))
                .map(id -> {
                    redirect.addAttribute("id", id);
                    return Forms.saved(
                            redirect, "Challenge raised: " + r.subject().words(), PAGE);
                })
                .orElseGet(() -> raisePage(r, true, model));
    }

    @GetMapping("/{id}")
    String challenge(StrategySummary strategy, @PathVariable long id, Model model) {
        ChallengePage page = challenges.page(strategy, id);
        model.addAttribute("form", ChallengeStepForm.of(page.challenge().version()));
        return page(page, null, model);
    }

    @PostMapping("/{id}/answer")
    String answer(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ChallengeStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return take(
                strategy, id, form, errors, model, redirect, "answer", ChallengePage::mayAnswer, "Answer sent", () -> {
                    String words = form.required(errors, "Enter your answer");
                    return version -> challenges.answer(strategy, id, words, version);
                });
    }

    @PostMapping("/{id}/follow-up")
    String followUp(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ChallengeStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return take(
                strategy,
                id,
                form,
                errors,
                model,
                redirect,
                "follow-up",
                ChallengePage::mayDecide,
                "Follow-up sent",
                () -> {
                    String words = form.required(errors, "Enter your follow-up question");
                    LocalDate by = DateInput.optional(
                            form.answerBy(), errors, "answerBy", "new date it should be answered by");
                    return version -> challenges.followUp(strategy, id, words, by, version);
                });
    }

    @PostMapping("/{id}/mark-answered")
    String markAnswered(
            StrategySummary strategy,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ChallengeStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return take(
                strategy,
                id,
                form,
                errors,
                model,
                redirect,
                "mark-answered",
                ChallengePage::mayDecide,
                "Challenge marked answered",
                () -> version -> challenges.markAnswered(strategy, id, version));
    }

    /**
     * Takes one step on a challenge. Someone who may not take it now is refused outright, unless the page they posted
     * from is out of date (the step was theirs when they read it), which the service then refuses as a stale page with
     * what they typed shown again. {@code read} reads the form's own fields (each problem beside its field) and gives
     * the step to run with the version the page showed.
     */
    private String take(
            StrategySummary strategy,
            long id,
            ChallengeStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String step,
            Predicate<ChallengePage> mayTake,
            String done,
            Supplier<LongConsumer> read) {
        ChallengePage page = challenges.page(strategy, id);
        if (!mayTake.test(page)
                && (form.version() == null || form.version() == page.challenge().version())) {
            throw new AccessDeniedException("Not yours to take");
        }
        LongConsumer change = read.get();
        return Forms.attempt(errors, () -> change.accept(Forms.version(form.version())))
                .map(ok -> {
                    redirect.addAttribute("id", id);
                    return Forms.saved(redirect, done, PAGE);
                })
                .orElseGet(() -> page(page, step, model));
    }

    private Raising raising(String slug, String period, String on) {
        if (!ChallengeService.mayRaise(me())) {
            throw new AccessDeniedException("Only board members raise challenges");
        }
        return subjects.raising(slug, period, on);
    }

    private static String raisePage(Raising r, boolean failed, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("strategy", r.context().strategy());
        model.addAttribute("hasErrors", failed);
        return "board/challenge-new";
    }

    private static String page(ChallengePage page, String failed, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("c", page.challenge());
        model.addAttribute("failed", failed);
        model.addAttribute("hasErrors", failed != null);
        return "board/challenge";
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }
}
