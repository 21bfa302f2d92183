package com.cptracker.admin.web;

import com.cptracker.users.Role;
import com.cptracker.users.UserEdits.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A new account. The password is never shown back, even when the form has errors. */
record NewUserForm(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "\\s*|[A-Za-z0-9._@-]{2,60}",
                message = "Use 2 to 60 letters, numbers, dots, hyphens, underscores or @ in the username")
        String username,
        @NotBlank(message = "Enter the person's name")
        @Size(max = 200, message = "The name must be 200 characters or fewer")
        String displayName,
        @Email(message = "Enter an email address like name@council.gov.uk")
        @Size(max = 320, message = "The email address must be 320 characters or fewer")
        String email,
        @Size(max = 300, message = "The job title must be 300 characters or fewer")
        String jobTitle,
        @NotEmpty(message = "Choose at least one role")
        List<String> roles,
        String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", List.of(), null);
    }

    UserFields fields() {
        return new UserFields(displayName.strip(), Forms.text(email), Forms.text(jobTitle), roleSet(roles));
    }

    /** Refuses a role that is not one of the three, which only a hand-made request could send. */
    void checkRoles(org.springframework.validation.Errors errors) {
        if (roles != null && !roles.stream().allMatch(r -> r.matches("BOARD_MEMBER|OFFICER|ADMINISTRATOR"))) {
            errors.rejectValue("roles", "role", "Choose roles from the list");
        }
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    static Set<Role> roleSet(List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }
}
