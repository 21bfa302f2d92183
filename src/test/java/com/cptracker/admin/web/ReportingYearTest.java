package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The year of a target's and of benchmarks' form: missing, or not like 2024-25, each with its own message. */
class ReportingYearTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void aMissingYearAndAYearOfAnotherShapeAreRefusedOnBothForms() {
        assertThat(yearProblems(TargetForm.empty("  "))).containsExactly("Enter the reporting year, like 2024-25");
        assertThat(yearProblems(BenchmarkForm.empty(null))).containsExactly("Enter the reporting year, like 2024-25");
        assertThat(yearProblems(TargetForm.empty("2024/25"))).containsExactly("Enter the reporting year like 2024-25");
        assertThat(yearProblems(BenchmarkForm.empty("24-25"))).containsExactly("Enter the reporting year like 2024-25");
        assertThat(yearProblems(TargetForm.empty(" 2024-25 "))).isEmpty();
        assertThat(yearProblems(BenchmarkForm.empty("2024-25"))).isEmpty();
    }

    private static Set<String> yearProblems(Object form) {
        return validator.validate(form).stream()
                .filter(v -> v.getPropertyPath().toString().equals("year"))
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }
}
