package com.cptracker.admin.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A reporting year typed on a target's or benchmarks' form, like 2024-25: each of its two checks gives its own message.
 * That the second year follows the first is {@link TargetForm#checkYear}.
 */
@NotBlank(message = "Enter the reporting year, like 2024-25")
@Pattern(regexp = "\\s*|\\s*\\d{4}-\\d{2}\\s*", message = "Enter the reporting year like 2024-25")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@interface ReportingYear {
    String message() default "Enter the reporting year like 2024-25";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
