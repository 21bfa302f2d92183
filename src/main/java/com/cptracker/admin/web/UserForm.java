package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.users.Role;
import com.cptracker.users.UserEdits.UserEdit;
import com.cptracker.users.UserEdits.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An account's details and roles. A new account also has its username and first password ({@link New} checks the
 * username); a change keeps the username as it was made and never reads a password. The password is never shown back,
 * even when the form has errors.
 */
record UserForm(
        @NotBlank(message = "Enter a username", groups = New.class)
        @Pattern(
                regexp = "\\s*|[A-Za-z0-9._@-]{2,60}",
                message = "Use 2 to 60 letters, numbers, dots, hyphens, underscores or @ in the username",
                groups = New.class)
        String username,

        @NotBlank(message = "Enter the person's name")
        @Size(max = 200, message = "The name must be 200 characters or fewer")
        String displayName,

        @Email(message = "Enter an email address like name@council.gov.uk")
        @Size(max = 320, message = "The email address must be 320 characters or fewer")
        String email,

        @Size(max = 300, message = "The job title must be 300 characters or fewer")
        String jobTitle,

        @NotEmpty(message = "Choose at least one role") List<Role> roles,
        String password,
        Long version) {

    /** The checks only a new account has: its username. */
    interface New {}

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(), null, null);
    }

    static UserForm of(UserEdit e) {
        return new UserForm(
                null,
                e.displayName(),
                e.fields().email(),
                e.fields().jobTitle(),
                e.fields().roles().stream().sorted().toList(),
                null,
                e.version());
    }

    UserFields fields() {
        return new UserFields(displayName.strip(), Forms.text(email), Forms.text(jobTitle), roleSet(roles));
    }

    /** The roles ticked, each once. */
    private static Set<Role> roleSet(Collection<Role> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
