package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.users.Role;
import com.cptracker.users.UserEdits.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new account. The password is never shown back, even when the form has errors. */
record NewUserForm(
        @NotBlank(message = "Enter a username")
        @Pattern(
                regexp = "\\s*|[A-Za-z0-9._@-]{2,60}",
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

        @NotEmpty(message = "Choose at least one role") List<Role> roles,
        String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", List.of(), null);
    }

    UserFields fields() {
        return new UserFields(displayName.strip(), Forms.text(email), Forms.text(jobTitle), UserForm.roleSet(roles));
    }
}
