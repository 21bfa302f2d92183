package com.cptracker.common.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The one reading of a GOV.UK date input (day, month and year boxes), for every form that takes a date. A form record
 * has a {@code DateInput} component, say {@code dueDate}; its boxes are named {@code dueDate.day}, {@code dueDate.month}
 * and {@code dueDate.year}. The boxes are kept as typed, so a mistake is shown back as it was entered; an error goes on
 * the day box, where the error summary links.
 */
public record DateInput(String day, String month, String year) {

    public static DateInput blank() {
        return new DateInput("", "", "");
    }

    public static DateInput of(LocalDate d) {
        return d == null
                ? blank()
                : new DateInput(
                        String.valueOf(d.getDayOfMonth()),
                        String.valueOf(d.getMonthValue()),
                        String.valueOf(d.getYear()));
    }

    /** True when no box has anything in it. */
    public boolean isEmpty() {
        return Forms.text(day) == null && Forms.text(month) == null && Forms.text(year) == null;
    }

    /** A date that must be given: null with "Enter the {label}" on the field when it is not. */
    public static LocalDate required(DateInput input, Errors errors, String field, String label) {
        keep(input, errors, field);
        if (input == null || input.isEmpty()) {
            Forms.reject(errors, field + ".day", "required", "Enter the " + label);
            return null;
        }
        return input.read(errors, field, label);
    }

    /** A date that may be left blank: null when it is, or when it is not a real date (with the error on the field). */
    public static LocalDate optional(DateInput input, Errors errors, String field, String label) {
        keep(input, errors, field);
        return input == null || input.isEmpty() ? null : input.read(errors, field, label);
    }

    /**
     * When the form record could not be made (another of its values was of the wrong type), Spring shows back only the
     * record's own values, not the boxes inside this one: keep them as typed.
     */
    private static void keep(DateInput input, Errors errors, String field) {
        if (input != null && errors instanceof BindingResult result && result.getTarget() == null) {
            result.recordFieldValue(field + ".day", String.class, input.day());
            result.recordFieldValue(field + ".month", String.class, input.month());
            result.recordFieldValue(field + ".year", String.class, input.year());
        }
    }

    private LocalDate read(Errors errors, String field, String label) {
        if (Forms.text(day) == null || Forms.text(month) == null || Forms.text(year) == null) {
            Forms.reject(errors, field + ".day", "incomplete", "The " + label + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            Forms.reject(errors, field + ".day", "invalid", "The " + label + " must be a real date, like 27 3 2025");
            return null;
        }
    }
}
