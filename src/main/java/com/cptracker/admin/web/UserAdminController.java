package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.PasswordPolicy;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserEdit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts: create, change details and roles, set a new password, disable and enable. Never delete: what a person
 * entered stays attributed to them. Which actions they lead and measures they own are set on those items' forms.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String USER = "redirect:/admin/users/{id}";
    /** The roles an account may hold, as its form offers them. */
    private static final List<Option> ROLES = Arrays.stream(Role.values())
            .map(r -> new Option(r.name(), r.label(), hint(r)))
            .toList();

    /** Enabling or disabling an account: which, and the account's version as the page showed it. */
    record EnabledForm(
            @NotNull(message = Forms.STALE_PAGE) Boolean enabled,
            @NotNull(message = Forms.STALE_PAGE) Long version) {}

    private final UserAdminService admin;
    private final PasswordPolicy policy;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;
    private final StrategyService strategies;

    UserAdminController(
            UserAdminService admin,
            PasswordPolicy policy,
            ActionAdminService actions,
            MeasureAdminService measures,
            StrategyService strategies) {
        this.admin = admin;
        this.policy = policy;
        this.actions = actions;
        this.measures = measures;
        this.strategies = strategies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", admin.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", UserForm.empty());
        return createForm(false, model);
    }

    @PostMapping("/new")
    String create(
            @Validated({Default.class, UserForm.New.class}) @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        checkPassword(form.password(), form.username(), errors);
        return Forms.attempt(errors, () -> admin.create(form.username().strip(), form.fields(), form.password()))
                .map(id -> Forms.saved(
                        redirect.addAttribute("id", id),
                        "Account " + form.username().strip() + " created",
                        USER))
                .orElseGet(() -> createForm(true, model));
    }

    /** An account: its details, roles, and the actions it leads and measures it owns in every strategy. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.user(id));
        Map<Long, StrategySummary> byId =
                strategies.strategies().stream().collect(Collectors.toMap(StrategySummary::id, Function.identity()));
        model.addAttribute("strategies", byId);
        model.addAttribute("actions", actions.ledBy(id));
        model.addAttribute("measures", measures.ownedBy(id));
        model.addAttribute("self", id == actingUser());
        return "admin/user";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserEdit user = admin.user(id);
        model.addAttribute("form", UserForm.of(user));
        return editForm(user, false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        return Forms.attempt(errors, () -> admin.update(id, form.fields(), Forms.version(form.version()), actingUser()))
                .map(done -> Forms.saved(redirect, "Account " + user.username() + " saved", USER))
                .orElseGet(() -> editForm(user, true, model));
    }

    /** Disables or enables the account: a button posted with the account's version as the page showed it. */
    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @Valid EnabledForm form, BindingResult errors, RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        Forms.button(
                redirect,
                errors,
                null,
                () -> admin.setEnabled(id, form.enabled(), form.version(), actingUser()),
                () -> "Account " + user.username() + (form.enabled() ? " enabled" : " disabled"));
        return USER;
    }

    @GetMapping("/{id}/password")
    String password(@PathVariable long id, Model model) {
        UserEdit user = admin.user(id);
        model.addAttribute("form", new PasswordForm(null, user.version()));
        return passwordForm(user, false, model);
    }

    @PostMapping("/{id}/password")
    String password(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        checkPassword(form.password(), user.username(), errors);
        return Forms.attempt(errors, () -> admin.setPassword(id, form.password(), Forms.version(form.version())))
                .map(done -> Forms.saved(redirect, "New password set for " + user.username(), USER))
                .orElseGet(() -> passwordForm(user, true, model));
    }

    /** A password the policy refuses is a problem on the form's password field, with the policy's message. */
    private void checkPassword(String password, String username, BindingResult errors) {
        policy.problem(password, username).ifPresent(p -> Forms.reject(errors, "password", "policy", p));
    }

    private static long actingUser() {
        return CurrentUser.get().map(CurrentUser::id).orElse(-1L);
    }

    private static String createForm(boolean failed, Model model) {
        model.addAttribute("roles", ROLES);
        model.addAttribute("minimum", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("hasErrors", failed);
        return "admin/user-new";
    }

    private static String editForm(UserEdit user, boolean failed, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", ROLES);
        model.addAttribute("hasErrors", failed);
        return "admin/user-form";
    }

    private static String passwordForm(UserEdit user, boolean failed, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("minimum", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("hasErrors", failed);
        return "admin/user-password";
    }

    private static String hint(Role role) {
        return switch (role) {
            case BOARD_MEMBER -> "Reads the scorecards and action plans";
            case OFFICER -> "Updates the actions they lead and the measures they own";
            case ADMINISTRATOR -> "Sets everything up, manages users, reads the audit trail";
        };
    }
}
