package com.cptracker.users;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.users.UserAccountChanged.FieldChange;
import com.cptracker.users.UserEdits.UserEdit;
import com.cptracker.users.UserEdits.UserFields;
import com.cptracker.users.domain.UserAccount;
import com.cptracker.users.domain.UserAccountRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator manages accounts: creates them, changes details and roles, sets a new password, disables and
 * enables them. Accounts are never deleted. Each change is published as a {@link UserAccountChanged} in its own
 * transaction, for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

    /** Refuses an account that is not among {@link #officers(Collection)}: not one the form offers. */
    public static final String NOT_OFFERED =
            "Choose an officer from the list: only an enabled account with the " + "officer role can be chosen";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    UserAdminService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.events = events;
    }

    /** Every account, by name. */
    public List<UserEdit> all() {
        return accounts.findAll().stream()
                .sorted(Comparator.comparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(UserAdminService::edit)
                .toList();
    }

    public UserEdit user(long id) {
        return edit(find(id));
    }

    /** Enabled accounts with the officer role: the people who may lead actions and own measures. */
    public List<UserSummary> officers() {
        return withRole(Role.OFFICER);
    }

    /** Enabled accounts with this role, by name (administrators answer a challenge on a quarter as a whole). */
    public List<UserSummary> withRole(Role role) {
        return accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(role))
                .sorted(Comparator.comparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .map(UserService::summary)
                .toList();
    }

    /**
     * The accounts that may own a measure or lead an action: the enabled officers, and those already given that job
     * ({@code kept}) even if no longer enabled officers, so that an edit never loses them. The forms offer this list,
     * and the services accept no account outside it.
     */
    public List<UserSummary> officers(Collection<Long> kept) {
        List<UserSummary> officers = new ArrayList<>(officers());
        List<Long> missing = kept.stream()
                .filter(Objects::nonNull)
                .filter(id -> officers.stream().noneMatch(o -> o.id() == id))
                .distinct()
                .toList();
        officers.addAll(byIds(missing).values());
        return officers;
    }

    /** Several accounts in one query, enabled or not. */
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids).stream()
                .map(UserService::summary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    @Transactional
    public long create(String username, UserFields f, String password) {
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new RejectedInput("username", "Another account already has this username: choose another");
        }
        policy.problem(password, username).ifPresent(p -> {
            throw new RejectedInput("password", p);
        });
        UserAccount a = accounts.save(new UserAccount(
                username,
                f.displayName(),
                f.jobTitle(),
                f.email(),
                passwordEncoder.encode(password),
                f.roles(),
                false));
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "username", null, username);
        add(changes, "display name", null, f.displayName());
        add(changes, "email", null, f.email());
        add(changes, "job title", null, f.jobTitle());
        add(changes, "roles", null, roles(f.roles()));
        add(changes, "password", null, "set");
        events.publishEvent(new UserAccountChanged(a.getId(), username, "CREATE", changes));
        return a.getId();
    }

    @Transactional
    public void update(long id, UserFields f, long expectedVersion, long actingUserId) {
        UserAccount a = find(id);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        if (id == actingUserId && !f.roles().contains(Role.ADMINISTRATOR)) {
            throw new RejectedInput("roles", "You cannot take the administrator role from your own account");
        }
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "display name", a.getDisplayName(), f.displayName());
        add(changes, "email", a.getEmail(), f.email());
        add(changes, "job title", a.getJobTitle(), f.jobTitle());
        add(changes, "roles", roles(a.getRoles()), roles(f.roles()));
        a.update(f.displayName(), f.email(), f.jobTitle(), f.roles());
        if (!changes.isEmpty()) {
            events.publishEvent(new UserAccountChanged(a.getId(), a.getUsername(), "UPDATE", changes));
        }
    }

    /** Disables or enables an account; nobody may disable their own. */
    @Transactional
    public void setEnabled(long id, boolean enabled, long expectedVersion, long actingUserId) {
        UserAccount a = find(id);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        if (id == actingUserId && !enabled) {
            throw new RejectedInput("enabled", "You cannot disable your own account");
        }
        if (a.isEnabled() == enabled) {
            return;
        }
        a.setEnabled(enabled);
        events.publishEvent(new UserAccountChanged(
                a.getId(),
                a.getUsername(),
                enabled ? "ENABLE" : "DISABLE",
                List.of(new FieldChange("enabled", String.valueOf(!enabled), String.valueOf(enabled)))));
    }

    @Transactional
    public void setPassword(long id, String password, long expectedVersion) {
        UserAccount a = find(id);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        policy.problem(password, a.getUsername()).ifPresent(p -> {
            throw new RejectedInput("password", p);
        });
        a.changePassword(passwordEncoder.encode(password));
        events.publishEvent(new UserAccountChanged(
                a.getId(), a.getUsername(), "PASSWORD", List.of(new FieldChange("password", "set", "changed"))));
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String roles(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(Role::label).toList());
    }

    private static UserEdit edit(UserAccount a) {
        return new UserEdit(
                a.getId(),
                a.getUsername(),
                new UserFields(a.getDisplayName(), a.getEmail(), a.getJobTitle(), a.getRoles()),
                a.isEnabled(),
                a.isDemo(),
                a.getVersion());
    }
}
