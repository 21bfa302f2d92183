package com.cptracker.users;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the application knows them: account id, name, job title and roles. Spring Security keeps
 * it as the principal, so any module can ask who is acting without a query. The password hash is erased once the
 * sign-in has been checked, so it never sits in a session.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final String jobTitle;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(
            long id,
            String username,
            String displayName,
            String jobTitle,
            Set<Role> roles,
            String passwordHash,
            boolean enabled) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    /** The person acting in this request, if someone is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
