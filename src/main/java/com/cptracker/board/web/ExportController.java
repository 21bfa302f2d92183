package com.cptracker.board.web;

import com.cptracker.board.BoardPages.ActionFilter;
import com.cptracker.board.BoardPages.ScorecardFilter;
import com.cptracker.board.ScorecardService;
import com.cptracker.common.web.Download;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The scorecard and the action plan of a quarter as a spreadsheet (.xlsx) and as CSV, at addresses that name their
 * quarter: {@code /strategies/{slug}/scorecard/2019-20-Q3.xlsx} beside the scorecard page, and
 * {@code /strategies/{slug}/action-plan/2019-20-Q3.csv}, under a path of their own so that no action's ref
 * ({@code /strategies/{slug}/actions/{ref}}) can ever be taken for one. Who may have which quarter is decided as for
 * the pages ({@code BoardService.frame}): a board member only a published one; anything else is not found. Every
 * measure and action, whatever filters the page had. Spring Security's default headers keep them out of every cache
 * ({@code Cache-Control: no-cache, no-store}).
 */
@Controller
class ExportController {

    private static final ScorecardFilter EVERY_MEASURE = new ScorecardFilter(null, null, false);
    private static final ActionFilter EVERY_ACTION = new ActionFilter(null, null, null);

    private final ScorecardService scorecards;

    ExportController(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/strategies/{slug}/scorecard/{period}.xlsx")
    ResponseEntity<byte[]> scorecardXlsx(@PathVariable String slug, @PathVariable String period) throws IOException {
        return Format.XLSX.download(ScorecardExport.of(scorecards.scorecard(slug, period, EVERY_MEASURE)));
    }

    @GetMapping("/strategies/{slug}/scorecard/{period}.csv")
    ResponseEntity<byte[]> scorecardCsv(@PathVariable String slug, @PathVariable String period) throws IOException {
        return Format.CSV.download(ScorecardExport.of(scorecards.scorecard(slug, period, EVERY_MEASURE)));
    }

    @GetMapping("/strategies/{slug}/action-plan/{period}.xlsx")
    ResponseEntity<byte[]> actionPlanXlsx(@PathVariable String slug, @PathVariable String period) throws IOException {
        return Format.XLSX.download(ActionPlanExport.of(scorecards.actionPlan(slug, period, EVERY_ACTION)));
    }

    @GetMapping("/strategies/{slug}/action-plan/{period}.csv")
    ResponseEntity<byte[]> actionPlanCsv(@PathVariable String slug, @PathVariable String period) throws IOException {
        return Format.CSV.download(ActionPlanExport.of(scorecards.actionPlan(slug, period, EVERY_ACTION)));
    }

    enum Format {
        XLSX("xlsx", Download.XLSX) {
            @Override
            void write(Export export, OutputStream out) throws IOException {
                XlsxWriter.write(export, out);
            }
        },
        CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")) {
            @Override
            void write(Export export, OutputStream out) throws IOException {
                CsvWriter.write(export, out);
            }
        };

        private final String extension;
        private final MediaType type;

        Format(String extension, MediaType type) {
            this.extension = extension;
            this.type = type;
        }

        abstract void write(Export export, OutputStream out) throws IOException;

        /** The file, as an attachment named after the strategy, what it is and the quarter. */
        ResponseEntity<byte[]> download(Export export) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(export, out);
            return Download.attachment(out.toByteArray(), type, export.name() + "." + extension);
        }
    }
}
