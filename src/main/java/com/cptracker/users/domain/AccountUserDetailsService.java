package com.cptracker.users.domain;

import com.cptracker.users.CurrentUser;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in against their stored account; roles become ROLE_ authorities. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new CurrentUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getJobTitle(),
                Set.copyOf(account.getRoles()),
                account.getPasswordHash(),
                account.isEnabled());
    }
}
