package com.cptracker.transfer.web;

import com.cptracker.common.web.Download;
import com.cptracker.common.web.Forms;
import com.cptracker.jobs.JobService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.transfer.StrategyImportService;
import com.cptracker.transfer.StrategyImportService.Preview;
import com.cptracker.transfer.StrategyUpload;
import com.cptracker.transfer.TransferProperties;
import com.cptracker.transfer.UploadJobs;
import com.cptracker.transfer.UploadJobs.Checked;
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
    private final UploadJobs jobs;
    private final StrategyUpload kind;
    private final TransferProperties limits;

    StrategyWorkbookController(
            StrategyImportService imports, UploadJobs jobs, StrategyUpload kind, TransferProperties limits) {
        this.imports = imports;
        this.jobs = jobs;
        this.kind = kind;
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
        return Forms.attempt(errors, () -> jobs.upload(kind, null, form.name(), form.bytes()))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> uploadPage(true, model));
    }

    @GetMapping("/admin/import/{job}")
    String preview(@PathVariable long job, Model model) {
        Checked<Preview> checked = jobs.checked(kind, job, Preview.class);
        model.addAttribute("form", new ConfirmForm(checked.preview().fingerprint()));
        return preview(checked, false, model);
    }

    /** Confirms the import: its job's page follows. A page out of date shows the preview again, with the problem. */
    @PostMapping("/admin/import/{job}")
    String confirm(
            @PathVariable long job, @ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model) {
        return Forms.attempt(errors, () -> jobs.confirm(kind, job, form.fingerprint()))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> preview(jobs.checked(kind, job, Preview.class), true, model));
    }

    private static String preview(Checked<Preview> checked, boolean failed, Model model) {
        model.addAttribute("checked", checked);
        model.addAttribute("preview", checked.preview());
        model.addAttribute("hasErrors", failed);
        return "transfer/preview";
    }

    private String uploadPage(boolean failed, Model model) {
        model.addAttribute("hasErrors", failed);
        model.addAttribute("limit", limits.maxFileSize().toMegabytes() + " MB");
        return "transfer/import";
    }
}
