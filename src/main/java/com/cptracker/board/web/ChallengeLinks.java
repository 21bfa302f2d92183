package com.cptracker.board.web;

import com.cptracker.challenges.ChallengeRecords.ChallengeView;
import com.cptracker.challenges.ChallengeService;
import com.cptracker.users.CurrentUser;
import java.util.List;
import org.springframework.ui.Model;

/** What an item's board page needs for its challenges: those still open on it, and whether the reader may raise one. */
final class ChallengeLinks {

    private ChallengeLinks() {}

    static boolean mayRaise() {
        return CurrentUser.get().map(ChallengeService::mayRaise).orElse(false);
    }

    static void open(Model model, List<ChallengeView> open) {
        model.addAttribute("openChallenges", open);
        model.addAttribute("mayRaise", mayRaise());
    }
}
