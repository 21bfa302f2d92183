package com.cptracker.transfer.web;

import com.cptracker.common.web.Download;
import com.cptracker.common.web.Forms;
import com.cptracker.jobs.JobService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.transfer.StrategyImportJobs;
import com.cptracker.transfer.StrategyImportJobs.Checked;
import com.cptracker.transfer.StrategyImportService;
import com.cptracker.transfer.TransferProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The whole-strategy workbook: its template, a strategy's export, and an upload, which is checked in the background
 * (its job's page shows how far it has got), previewed, and imported only when the administrator confirms.
 */
@Controller
class StrategyWorkbookController {

    private final StrategyImportService imports;
    private final StrategyImportJobs jobs;
    private final TransferProperties limits;

    StrategyWorkbookController(StrategyImportService imports, StrategyImportJobs jobs, TransferProperties limits) {
        this.imports = imports;
        this.jobs = jobs;
        this.limits = limits;
    }

    @GetMapping("/admin/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Download.attachment(imports.template(), Download.XLSX, "strategy-workbook-template.xlsx");
    }

    @GetMapping("/admin/strategies/{slug}/export.xlsx")
    ResponseEntity<byte[]> export(StrategySummary strategy) {
        return Download.attachment(imports.export(strategy.slug()), Download.XLSX, strategy.slug() + ".xlsx");
    }

    @GetMapping("/admin/import")
    String upload(Model model) {
        model.addAttribute("form", new UploadForm(null));
        return uploadPage(false, model);
    }

    @PostMapping("/admin/import")
    String upload(@ModelAttribute("form") UploadForm form, BindingResult errors, Model model) {
        if (!form.chosen()) {
            Forms.reject(errors, "file", "required", "Choose the workbook to upload");
        }
        return Forms.attempt(errors, () -> jobs.upload(form.name(), bytes(form)))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> uploadPage(true, model));
    }

    @GetMapping("/admin/import/{job}")
    String preview(@PathVariable long job, Model model) {
        Checked checked = jobs.checked(job);
        model.addAttribute("form", new ConfirmForm(checked.preview().fingerprint()));
        return preview(checked, false, model);
    }

    /** Confirms the import: its job's page follows. A page out of date shows the preview again, with the problem. */
    @PostMapping("/admin/import/{job}")
    String confirm(
            @PathVariable long job, @ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model) {
        return Forms.attempt(errors, () -> jobs.confirm(job, form.fingerprint()))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> preview(jobs.checked(job), true, model));
    }

    private static String preview(Checked checked, boolean failed, Model model) {
        model.addAttribute("checked", checked);
        model.addAttribute("preview", checked.preview());
        model.addAttribute("hasErrors", failed);
        return "transfer/preview";
    }

    /** The confirmation of a preview: the fingerprint of what the preview showed. */
    record ConfirmForm(String fingerprint) {}

    private String uploadPage(boolean failed, Model model) {
        model.addAttribute("hasErrors", failed);
        model.addAttribute("limit", limits.maxFileSize().toMegabytes() + " MB");
        return "transfer/import";
    }

    private static byte[] bytes(UploadForm form) {
        try {
            return form.file().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
