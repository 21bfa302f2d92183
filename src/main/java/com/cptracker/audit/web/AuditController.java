package com.cptracker.audit.web;

import com.cptracker.audit.AuditService;
import com.cptracker.common.web.DateInput;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An administrator reads the audit trail, filtered by user, item and date. The filter is a GET form, so a filtered
 * trail has an address that can be shared; a filter that cannot be read is shown beside its field, and the trail is
 * then filtered by the rest.
 */
@Controller
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String trail(@ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model) {
        LocalDate from = DateInput.optional(filter.from(), errors, "from", "from date");
        LocalDate to = DateInput.optional(filter.to(), errors, "to", "to date");
        model.addAttribute("entries", audit.search(filter.user(), filter.item(), filter.itemId(), from, to));
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("limit", AuditService.PAGE_SIZE);
        return "admin/audit";
    }
}
