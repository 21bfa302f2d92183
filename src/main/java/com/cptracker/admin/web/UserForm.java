package com.cptracker.admin.web;

import com.cptracker.users.Role;
import com.cptracker.users.UserEdits.UserEdit;
import com.cptracker.users.UserEdits.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An account's details and roles; the username stays as it was made. */
record UserForm(
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
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static UserForm of(UserEdit e) {
        return new UserForm(e.displayName(), Forms.value(e.fields().email()), Forms.value(e.fields().jobTitle()),
                e.fields().roles().stream().sorted().map(Role::name).toList(), String.valueOf(e.version()));
    }

    UserFields fields() {
        return new UserFields(displayName.strip(), Forms.text(email), Forms.text(jobTitle),
                NewUserForm.roleSet(roles));
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

    long expectedVersion() {
        return Forms.version(version);
    }
}
