package com.cptracker.strategy.web;

import com.cptracker.strategy.StrategyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in: every strategy, and the current one's priorities. */
@Controller
class HomeController {

    private final StrategyService strategies;

    HomeController(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("strategies", strategies.strategies());
        strategies.current().ifPresent(current -> {
            model.addAttribute("current", current);
            model.addAttribute("priorities", strategies.prioritiesOf(current.id()));
        });
        return "home";
    }
}
