package com.cptracker.notifications.web;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.notifications.MailService;
import com.cptracker.notifications.MailService.Choice;
import com.cptracker.notifications.MailSettings;
import com.cptracker.users.CurrentUser;
import jakarta.validation.Valid;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person chooses whether notices of the board's challenges come at once or as one mail a week. */
@Controller
@RequestMapping("/my/email")
class MyEmailController {

    private final MailService mail;
    private final MailSettings settings;

    MyEmailController(MailService mail, MailSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        Choice choice = mail.choice(me().id());
        model.addAttribute("form", EmailChoiceForm.of(choice.digest(), choice.version()));
        return page(false, model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") EmailChoiceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(
                        errors,
                        () -> mail.choose(
                                me().id(),
                                form.delivery() == EmailChoiceForm.Delivery.WEEKLY,
                                Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "Your email choice is saved", "redirect:/my/email"))
                .orElseGet(() -> page(true, model));
    }

    private String page(boolean failed, Model model) {
        model.addAttribute("hasErrors", failed);
        model.addAttribute("digestDay", settings.digestDay().getDisplayName(TextStyle.FULL, Locale.UK));
        model.addAttribute(
                "deliveries",
                List.of(
                        new Option("IMMEDIATE", "At once", "One mail for each notice, as it happens."),
                        new Option("WEEKLY", "A weekly digest", "One mail a week listing them all.")));
        return "notifications/my-email";
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }
}
