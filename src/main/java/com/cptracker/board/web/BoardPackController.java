package com.cptracker.board.web;

import com.cptracker.board.BoardPack;
import com.cptracker.board.BoardPackService;
import com.cptracker.common.web.Download;
import com.cptracker.status.Status;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The board pack of a published quarter, as one printable web page and as a PDF, both from one model and one template
 * of their content. Any other quarter, an unknown one included, is not found, for everyone.
 */
@Controller
class BoardPackController {

    private final BoardPackService packs;
    private final Charts charts;
    private final PackPdf pdf;

    BoardPackController(BoardPackService packs, Charts charts, PackPdf pdf) {
        this.packs = packs;
        this.charts = charts;
        this.pdf = pdf;
    }

    @GetMapping("/strategies/{slug}/pack/{period}")
    String page(@PathVariable String slug, @PathVariable String period, Model model) {
        BoardPack pack = packs.pack(slug, period);
        model.addAllAttributes(model(pack));
        model.addAttribute("selfAssessed", pack.selfAssessment() != null);
        model.addAttribute("wide", true);
        return "board/pack";
    }

    @GetMapping("/strategies/{slug}/pack/{period}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String slug,
            @PathVariable String period,
            HttpServletRequest request,
            HttpServletResponse response) {
        BoardPack pack = packs.pack(slug, period);
        byte[] body = pdf.render(model(pack), request, response);
        String file = pack.context().strategy().slug() + "-board-pack-"
                + pack.context().quarter().code() + ".pdf";
        return Download.inline(body, MediaType.APPLICATION_PDF, file);
    }

    /** What the pack's content template reads, the same for the page and the PDF. */
    private Map<String, Object> model(BoardPack pack) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pack", pack);
        model.put("strategy", pack.context().strategy());
        model.put("sparklines", charts.sparklines(pack.scorecard()));
        model.put("planGroups", PlanGroup.bySection(pack.scorecard()));
        model.put("trends", charts.trends(pack.measures()));
        model.put("measureStatuses", Status.FOR_MEASURES);
        model.put("actionStatuses", Status.FOR_ACTIONS);
        return model;
    }
}
