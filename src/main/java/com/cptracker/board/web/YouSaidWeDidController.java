package com.cptracker.board.web;

import com.cptracker.common.web.Download;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "You said, we did", written for children and young people: what they told the council (their words only with their
 * agreement, else the summary), what was done and where it has got to, and the promises it answers in the promise's
 * own words; as a page that prints as a leaflet, and as a PDF leaflet. It is what stands now, as a leaflet handed out
 * today would say: it has no figures and no quarter. The board reads each quarter's entries, as they stood then, in the
 * quarter's pack.
 */
@Controller
class YouSaidWeDidController {

    private final VoiceService voice;
    private final StrategyService strategies;
    private final PackPdf pdf;

    YouSaidWeDidController(VoiceService voice, StrategyService strategies, PackPdf pdf) {
        this.voice = voice;
        this.strategies = strategies;
        this.pdf = pdf;
    }

    @GetMapping("/strategies/{slug}/you-said-we-did")
    String page(StrategySummary strategy, Model model) {
        model.addAttribute("said", said(strategy));
        return "board/you-said-we-did";
    }

    @GetMapping("/strategies/{slug}/you-said-we-did.pdf")
    ResponseEntity<byte[]> leaflet(StrategySummary strategy, HttpServletRequest request, HttpServletResponse response) {
        byte[] body = pdf.leaflet(Map.of("strategy", strategy, "said", said(strategy)), request, response);
        return Download.inline(body, MediaType.APPLICATION_PDF, strategy.slug() + "-you-said-we-did.pdf");
    }

    /** One thing they said, with the promises it answers in their own words, in the promise's order. */
    record Said(Entry entry, List<String> promises) {}

    private List<Said> said(StrategySummary strategy) {
        List<PromiseView> promises = strategies.promisesOf(strategy.id());
        return voice.shown(strategy.id()).stream()
                .map(e -> new Said(
                        e,
                        promises.stream()
                                .filter(p -> e.fields().promiseIds().contains(p.id()))
                                .map(PromiseView::text)
                                .toList()))
                .toList();
    }
}
