package com.cptracker.transfer.web;

import com.cptracker.common.NotFoundException;
import com.cptracker.common.web.Download;
import com.cptracker.common.web.Forms;
import com.cptracker.jobs.JobService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.transfer.TransferProperties;
import com.cptracker.transfer.UploadJobs;
import com.cptracker.transfer.UploadJobs.Checked;
import com.cptracker.transfer.UploadKind;
import com.cptracker.transfer.ValuesImport;
import com.cptracker.transfer.ValuesImport.Preview;
import com.cptracker.transfer.ValuesImport.Scope;
import com.cptracker.transfer.ValuesUploads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Values from a spreadsheet: an officer's open quarter from the values page ({@code /strategies/{slug}/values/...}),
 * and an administrator's history of any periods ({@code /admin/strategies/{slug}/values/...}). Both upload the same
 * file format, checked in the background (its job's page shows how far it has got), previewed row by row, and saved,
 * all or nothing, only when confirmed.
 */
@Controller
class ValuesUploadController {

    private static final String QUARTER = "/strategies/{slug}/values/import";
    private static final String HISTORY = "/admin/strategies/{slug}/values/import";

    private final ValuesImport values;
    private final ValuesUploads kinds;
    private final UploadJobs jobs;
    private final TransferProperties limits;

    ValuesUploadController(ValuesImport values, ValuesUploads kinds, UploadJobs jobs, TransferProperties limits) {
        this.values = values;
        this.kinds = kinds;
        this.jobs = jobs;
        this.limits = limits;
    }

    @GetMapping("/strategies/{slug}/values/template.xlsx")
    ResponseEntity<byte[]> template(StrategySummary strategy) {
        return Download.attachment(values.template(strategy), Download.XLSX, strategy.slug() + "-values.xlsx");
    }

    @GetMapping(QUARTER)
    String upload(StrategySummary strategy, Model model) {
        return uploadPage(strategy, Scope.QUARTER, model);
    }

    @GetMapping(HISTORY)
    String uploadHistory(StrategySummary strategy, Model model) {
        return uploadPage(strategy, Scope.HISTORY, model);
    }

    @PostMapping(QUARTER)
    String upload(
            StrategySummary strategy, @ModelAttribute("form") UploadForm form, BindingResult errors, Model model) {
        return upload(strategy, Scope.QUARTER, form, errors, model);
    }

    @PostMapping(HISTORY)
    String uploadHistory(
            StrategySummary strategy, @ModelAttribute("form") UploadForm form, BindingResult errors, Model model) {
        return upload(strategy, Scope.HISTORY, form, errors, model);
    }

    @GetMapping(QUARTER + "/{job}")
    String preview(StrategySummary strategy, @PathVariable long job, Model model) {
        return preview(strategy, Scope.QUARTER, job, model);
    }

    @GetMapping(HISTORY + "/{job}")
    String previewHistory(StrategySummary strategy, @PathVariable long job, Model model) {
        return preview(strategy, Scope.HISTORY, job, model);
    }

    @PostMapping(QUARTER + "/{job}")
    String confirm(
            StrategySummary strategy,
            @PathVariable long job,
            @ModelAttribute("form") ConfirmForm form,
            BindingResult errors,
            Model model) {
        return confirm(strategy, Scope.QUARTER, job, form, errors, model);
    }

    @PostMapping(HISTORY + "/{job}")
    String confirmHistory(
            StrategySummary strategy,
            @PathVariable long job,
            @ModelAttribute("form") ConfirmForm form,
            BindingResult errors,
            Model model) {
        return confirm(strategy, Scope.HISTORY, job, form, errors, model);
    }

    private String uploadPage(StrategySummary strategy, Scope scope, Model model) {
        model.addAttribute("form", new UploadForm(null));
        return uploadPage(strategy, scope, false, model);
    }

    private String upload(StrategySummary strategy, Scope scope, UploadForm form, BindingResult errors, Model model) {
        if (!form.chosen()) {
            Forms.reject(errors, "file", "required", "Choose the file of values to upload");
        }
        return Forms.attempt(errors, () -> jobs.upload(kind(scope), strategy.id(), form.name(), form.bytes()))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> uploadPage(strategy, scope, true, model));
    }

    private String preview(StrategySummary strategy, Scope scope, long job, Model model) {
        Checked<Preview> checked = checked(strategy, scope, job);
        model.addAttribute("form", new ConfirmForm(checked.preview().fingerprint()));
        return preview(strategy, checked, false, model);
    }

    /** Confirms the import: its job's page follows. A page out of date shows the preview again, with the problem. */
    private String confirm(
            StrategySummary strategy, Scope scope, long job, ConfirmForm form, BindingResult errors, Model model) {
        Checked<Preview> checked = checked(strategy, scope, job);
        return Forms.attempt(errors, () -> jobs.confirm(kind(scope), job, form.fingerprint()))
                .map(id -> "redirect:" + JobService.page(id))
                .orElseGet(() -> preview(strategy, checked, true, model));
    }

    private UploadKind kind(Scope scope) {
        return scope == Scope.HISTORY ? kinds.history() : kinds.quarter();
    }

    /** A check of this strategy's values in this scope: another strategy's, or the other scope's, is not found. */
    private Checked<Preview> checked(StrategySummary strategy, Scope scope, long job) {
        Checked<Preview> c = jobs.checked(kind(scope), job, Preview.class);
        if (c.strategyId() == null
                || c.strategyId() != strategy.id()
                || c.preview().scope() != scope) {
            throw new NotFoundException("Import check", job);
        }
        return c;
    }

    private static String preview(StrategySummary strategy, Checked<Preview> checked, boolean failed, Model model) {
        model.addAttribute("scope", checked.preview().scope());
        model.addAttribute("uploadPath", ValuesUploads.path(checked.preview().scope(), strategy.slug()));
        model.addAttribute("checked", checked);
        model.addAttribute("preview", checked.preview());
        model.addAttribute("hasErrors", failed);
        return "transfer/values-preview";
    }

    private String uploadPage(StrategySummary strategy, Scope scope, boolean failed, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("uploadPath", ValuesUploads.path(scope, strategy.slug()));
        model.addAttribute(
                "backPath",
                scope == Scope.HISTORY
                        ? "/admin/strategies/" + strategy.slug()
                        : "/strategies/" + strategy.slug() + "/values");
        model.addAttribute("hasErrors", failed);
        model.addAttribute("limit", limits.maxFileSize().toMegabytes() + " MB");
        return "transfer/values-import";
    }
}
