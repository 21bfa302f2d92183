package com.cptracker.admin.web;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.RejectedInput;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.PasswordPolicy;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserEdit;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Accounts: create, change details and roles, set a new password, disable and enable. Never delete: what a person
 * entered stays attributed to them. Which actions they lead and measures they own are set on those items' forms.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdminService admin;
    private final PasswordPolicy policy;
    private final ActionAdminService actions;
    private final MeasureAdminService measures;
    private final StrategyService strategies;

    UserAdminController(UserAdminService admin, PasswordPolicy policy, ActionAdminService actions,
                        MeasureAdminService measures, StrategyService strategies) {
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
        return createForm(NewUserForm.empty(), false, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        form.checkRoles(errors);
        policy.problem(form.password(), form.username()).ifPresent(p -> errors.rejectValue("password", "policy", p));
        return Forms.attempt(errors, () -> admin.create(form.username().strip(), form.fields(), form.password()))
                .map(id -> {
                    redirect.addFlashAttribute("saved", "Account " + form.username().strip() + " created");
                    return "redirect:/admin/users/" + id;
                }).orElseGet(() -> createForm(form, true, model));
    }

    /** An account: its details, roles, and the actions it leads and measures it owns in every strategy. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.user(id));
        Map<Long, StrategySummary> byId = strategies.strategies().stream()
                .collect(Collectors.toMap(StrategySummary::id, Function.identity()));
        model.addAttribute("strategies", byId);
        model.addAttribute("actions", actions.ledBy(id));
        model.addAttribute("measures", measures.ownedBy(id));
        model.addAttribute("self", CurrentUser.get().map(u -> u.id() == id).orElse(false));
        return "admin/user";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserEdit user = admin.user(id);
        return editForm(user, UserForm.of(user), false, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        form.checkRoles(errors);
        return Forms.attempt(errors, () -> admin.update(id, form.fields(), form.expectedVersion(), actingUser()))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "Account " + user.username() + " saved");
                    return "redirect:/admin/users/" + id;
                }).orElseGet(() -> editForm(user, form, true, model));
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam String enabled, @RequestParam String version,
                   RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        boolean enable = "true".equals(enabled);
        try {
            admin.setEnabled(id, enable, version.matches("\\d{1,18}") ? Long.parseLong(version) : -1,
                    actingUser());
            redirect.addFlashAttribute("saved", "Account " + user.username() + (enable ? " enabled" : " disabled"));
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (ConcurrentChangeException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", ConcurrentChangeException.MESSAGE);
        }
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/password")
    String password(@PathVariable long id, Model model) {
        UserEdit user = admin.user(id);
        return passwordForm(user, new PasswordForm(null, String.valueOf(user.version())), false, model);
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        UserEdit user = admin.user(id);
        policy.problem(form.password(), user.username()).ifPresent(p -> errors.rejectValue("password", "policy", p));
        return Forms.attempt(errors, () -> admin.setPassword(id, form.password(), Forms.version(form.version())))
                .map(done -> {
                    redirect.addFlashAttribute("saved", "New password set for " + user.username());
                    return "redirect:/admin/users/" + id;
                }).orElseGet(() -> passwordForm(user, form, true, model));
    }

    private static long actingUser() {
        return CurrentUser.get().map(CurrentUser::id).orElse(-1L);
    }

    private static String createForm(NewUserForm form, boolean failed, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("minimum", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("hasErrors", failed);
        return "admin/user-new";
    }

    private static String editForm(UserEdit user, UserForm form, boolean failed, Model model) {
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("hasErrors", failed);
        return "admin/user-form";
    }

    private static String passwordForm(UserEdit user, PasswordForm form, boolean failed, Model model) {
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("minimum", PasswordPolicy.MINIMUM_LENGTH);
        model.addAttribute("hasErrors", failed);
        return "admin/user-password";
    }
}
