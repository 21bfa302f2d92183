package com.cptracker.notifications.web;

import com.cptracker.common.web.Forms;
import com.cptracker.notifications.MailService;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox, for administrators: the newest mails, by state, with their attempts and last error (the subject only,
 * never the body); a failed mail can be tried again.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    static final int SHOWN = 200;

    private final MailService mail;

    MailAdminController(MailService mail) {
        this.mail = mail;
    }

    @GetMapping
    String outbox(@RequestParam(required = false) String state, Model model) {
        String chosen = state != null && MailService.STATES.contains(state) ? state : null;
        model.addAttribute("state", chosen);
        model.addAttribute("states", MailService.STATES);
        model.addAttribute("outbox", mail.outbox(chosen, SHOWN));
        model.addAttribute("shown", SHOWN);
        return "notifications/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RetryForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Forms.button(
                redirect,
                errors,
                null,
                () -> mail.retry(id, Forms.version(form.version())),
                () -> "The mail will be sent again");
        return "redirect:/admin/mail";
    }
}
