package com.cptracker.board.web;

import com.cptracker.board.BoardRecords.Overview;
import com.cptracker.board.BoardRecords.PriorityPage;
import com.cptracker.board.BoardService;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.challenges.SubjectKind;
import com.cptracker.common.Narrative;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A strategy's overview and a page per priority and per theme, for a quarter ({@code ?period=2018-19-Q2}; default the
 * latest).
 */
@Controller
class StrategyPagesController {

    private final BoardService board;
    private final ChallengeService challenges;

    StrategyPagesController(BoardService board, ChallengeService challenges) {
        this.board = board;
        this.challenges = challenges;
    }

    @GetMapping("/strategies/{slug}")
    String strategy(@PathVariable String slug, @RequestParam(required = false) String period, Model model) {
        Overview overview = board.overview(slug, period);
        model.addAttribute("overview", overview);
        model.addAttribute("strategy", overview.context().strategy());
        model.addAttribute(
                "sections",
                overview.sections().stream()
                        .map(s -> new SectionView(s.heading(), Narrative.blocks(s.body())))
                        .toList());
        model.addAttribute("bodies", overview.bodies());
        model.addAttribute("partners", overview.partners());
        model.addAttribute("promises", overview.promises());
        return "strategy/strategy";
    }

    @GetMapping("/strategies/{slug}/priorities/{number}")
    String priority(
            @PathVariable String slug,
            @PathVariable int number,
            @RequestParam(required = false) String period,
            Model model) {
        return page(board.priority(slug, PriorityKind.PRIORITY, number, period), model);
    }

    /** A theme's page: the same as a priority's, addressed by the theme's place among the themes. */
    @GetMapping("/strategies/{slug}/themes/{number}")
    String theme(
            @PathVariable String slug,
            @PathVariable int number,
            @RequestParam(required = false) String period,
            Model model) {
        return page(board.priority(slug, PriorityKind.THEME, number, period), model);
    }

    private String page(PriorityPage page, Model model) {
        PriorityDetail priority = page.priority();
        model.addAttribute("page", page);
        model.addAttribute("strategy", page.context().strategy());
        model.addAttribute("priority", priority);
        model.addAttribute("vision", Narrative.blocks(priority.vision()));
        model.addAttribute("challenge", Narrative.blocks(priority.challenge()));
        model.addAttribute("workstream", page.workstream());
        model.addAttribute("partners", page.partners());
        ChallengeLinks.open(
                model, challenges.openOn(page.context().strategy().id(), SubjectKind.PRIORITY, priority.id()));
        return "strategy/priority";
    }

    record SectionView(String heading, List<Narrative.Block> blocks) {}
}
