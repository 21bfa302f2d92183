package com.cptracker.work.web;

import com.cptracker.assessment.RatingService;
import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.risks.RiskLogService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An officer's own page: what to update this quarter and by when, what is overdue, what is already sent, and the
 * self-assessment criteria they rate, the open issues and risks they own with their next review, and the board's
 * challenges awaiting their answer.
 */
@Controller
class MyWorkController {

    private final WorkService work;
    private final RatingService ratings;
    private final RiskLogService risks;
    private final ChallengeService challenges;
    private final StrategyService strategies;

    MyWorkController(
            WorkService work,
            RatingService ratings,
            RiskLogService risks,
            ChallengeService challenges,
            StrategyService strategies) {
        this.work = work;
        this.ratings = ratings;
        this.risks = risks;
        this.challenges = challenges;
        this.strategies = strategies;
    }

    @GetMapping("/my")
    String my(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        model.addAttribute("me", user);
        model.addAttribute("work", work.myWork(user));
        model.addAttribute("toRate", ratings.toRate(user));
        model.addAttribute("risks", risks.openOwnedBy(user.id()));
        List<ChallengeView> toAnswer = challenges.toAnswer(user.id());
        Map<Long, String> slugs = toAnswer.isEmpty()
                ? Map.of()
                : strategies
                        .byIds(toAnswer.stream()
                                .map(ChallengeView::strategyId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(StrategySummary::id, StrategySummary::slug));
        model.addAttribute("toAnswer", toAnswer);
        model.addAttribute("challengeSlugs", slugs);
        return "work/my";
    }
}
