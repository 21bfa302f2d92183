package com.cptracker.board.web;

import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.board.BoardService;
import com.cptracker.status.SimilarMargin;
import com.cptracker.status.StatusHelp;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How statuses are worked out, with examples computed by the rules themselves: by the default settings, or by one
 * strategy's settings as a quarter the person may see shows them (a published quarter keeps the settings it was
 * published with).
 */
@Controller
class HelpController {

    private final BoardService board;

    HelpController(BoardService board) {
        this.board = board;
    }

    @GetMapping("/help/status")
    String status(Model model) {
        model.addAttribute("statuses", StatusHelp.statuses());
        model.addAttribute("sections", StatusHelp.sections(SimilarMargin.DEFAULT, null, List.of()));
        return "help/status";
    }

    @GetMapping("/strategies/{slug}/help/status")
    String status(@PathVariable String slug, @RequestParam(required = false) String period, Model model) {
        QuarterFrame frame = board.frame(slug, period);
        StrategySummary strategy = frame.edition().strategy();
        SimilarMargin margin = strategy.benchmarkMargin();
        List<String> own = frame.edition().measures().stream()
                .map(p -> p.measure())
                .filter(m -> m.benchmarkMargin() != null)
                .map(m -> m.ref() + " " + m.similarWithin(margin))
                .toList();
        model.addAttribute("strategy", strategy);
        model.addAttribute("quarter", frame.context().quarter());
        model.addAttribute("statuses", StatusHelp.statuses());
        model.addAttribute("sections", StatusHelp.sections(margin, strategy.title(), own));
        return "help/status";
    }
}
