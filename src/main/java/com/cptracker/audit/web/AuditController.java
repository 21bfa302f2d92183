package com.cptracker.audit.web;

import com.cptracker.audit.AuditService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An administrator reads the audit trail, filtered by user, item and date. */
@Controller
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(required = false) String user, @RequestParam(required = false) String item,
                 @RequestParam(required = false) String itemId, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model) {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        Long id = itemId != null && itemId.matches("\\d{1,18}") ? Long.valueOf(itemId) : null;
        model.addAttribute("entries", audit.search(user, item, id, fromDate, toDate));
        model.addAttribute("user", user);
        model.addAttribute("item", item);
        model.addAttribute("itemId", itemId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("fromError", from != null && !from.isBlank() && fromDate == null);
        model.addAttribute("toError", to != null && !to.isBlank() && toDate == null);
        model.addAttribute("limit", AuditService.PAGE_SIZE);
        return "admin/audit";
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
