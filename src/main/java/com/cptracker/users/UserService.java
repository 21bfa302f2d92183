package com.cptracker.users;

import com.cptracker.users.domain.UserAccount;
import com.cptracker.users.domain.UserAccountRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them and looking them up. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    UserService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UserSummary create(NewUser user) {
        if (accounts.findByUsernameIgnoreCase(user.username()).isPresent()) {
            throw new IllegalStateException("An account with that username already exists");
        }
        UserAccount saved = accounts.save(new UserAccount(
                user.username(),
                user.displayName(),
                user.jobTitle(),
                user.email(),
                passwordEncoder.encode(user.password()),
                user.roles(),
                user.demo()));
        return summary(saved);
    }

    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserService::summary);
    }

    /** Every enabled account, as those who may be told things. */
    public List<Contact> enabledContacts() {
        return accounts.findByEnabledTrueOrderById().stream()
                .map(UserService::contact)
                .toList();
    }

    /** The given accounts that are enabled, in one query; a disabled or unknown one is left out. */
    public List<Contact> contacts(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .filter(UserAccount::isEnabled)
                .map(UserService::contact)
                .toList();
    }

    private static Contact contact(UserAccount a) {
        return new Contact(a.getId(), a.getDisplayName(), a.getEmail());
    }

    public long count() {
        return accounts.count();
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(
                a.getId(), a.getUsername(), a.getDisplayName(), a.getJobTitle(), a.getRoles(), a.isDemo());
    }
}
