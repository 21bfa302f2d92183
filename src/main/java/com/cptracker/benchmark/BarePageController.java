package com.cptracker.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The floor the board's pages are measured against: a table of 100 rows held in memory, rendered by Thymeleaf in the
 * application's layout behind the same security chain (signed in), with no database read beyond the session's. The
 * rows are plain text, with no link: a link's cost is one the board's pages pay and the floor does not hide. Only
 * under the {@code benchmark} profile; otherwise there is no such page.
 */
@Controller
@Profile("benchmark")
class BarePageController {

    record Row(String ref, String text, String lead, String due, String status, String progress) {}

    private static final String[] STATUSES = {"On track", "At risk", "Off track", "Complete"};

    private final List<Row> rows = new ArrayList<>();

    BarePageController() {
        for (int i = 0; i < 100; i++) {
            String ref = (1 + i % 5) + CouncilGenerator.letters(i / 5);
            rows.add(new Row(
                    ref,
                    "Review the local offer for care leavers with the children in care council (" + ref + ")",
                    "Head of Cared for Children and Care Leavers",
                    "March 2020",
                    STATUSES[i % 4],
                    "Work is under way and the first milestones were met this quarter. The working group met twice."));
        }
    }

    @GetMapping("/benchmark/bare")
    String bare(Model model) {
        model.addAttribute("rows", rows);
        return "benchmark/bare";
    }
}
