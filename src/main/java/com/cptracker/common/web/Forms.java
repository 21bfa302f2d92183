package com.cptracker.common.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.RejectedInput;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form's change is made, for every page that takes input. A form record is bound by Spring's conversion
 * (a value of the wrong type is a {@code typeMismatch}, its message in {@code messages.properties}) and checked by Bean
 * Validation; then its change runs here, and whatever the service refuses becomes an error on the form, with the typed
 * input kept.
 */
public final class Forms {

    /** The message for a page whose hidden version is missing or not a version: it cannot be trusted. */
    public static final String STALE_PAGE = "The page was out of date. Reload it and try again";

    private Forms() {
    }

    /**
     * Runs a change when the form has no errors. A refusal by the service (a ref already taken, someone else's change
     * saved first) becomes an error on the form; returns the change's result otherwise.
     */
    public static <T> Optional<T> attempt(BindingResult errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (RejectedInput e) {
            try {
                errors.rejectValue(e.field(), "rejected", e.getMessage());
            } catch (NotReadablePropertyException notAField) {
                errors.reject("rejected", e.getMessage());
            }
        } catch (ConcurrentChangeException | OptimisticLockingFailureException e) {
            errors.reject("concurrent", ConcurrentChangeException.MESSAGE);
        }
        return Optional.empty();
    }

    public static Optional<Boolean> attempt(BindingResult errors, Runnable change) {
        return attempt(errors, () -> {
            change.run();
            return true;
        });
    }

    /**
     * Runs a button's change (a move, an archive) made from a list and tells the page it returns to: "saved" when
     * done, otherwise the {@link Problem}, linked to {@code field} (the reason box of that item's archive form) or,
     * when null, to the page.
     */
    public static void button(RedirectAttributes redirect, BindingResult errors, String field, Runnable change,
                              Supplier<String> saved) {
        if (attempt(errors, change).isPresent()) {
            redirect.addFlashAttribute("saved", saved.get());
            return;
        }
        // Only the reason is typed; a hidden version or direction missing or not of its type means the page cannot be
        // trusted, whatever else is wrong.
        boolean untrusted = errors.getFieldErrors().stream().anyMatch(f -> f.isBindingFailure()
                || f.getField().equals("version") || f.getField().equals("direction"));
        ObjectError first = errors.getAllErrors().getFirst();
        boolean onReason = !untrusted && first instanceof FieldError f && f.getField().equals("reason");
        String message = untrusted || first.getDefaultMessage() == null ? STALE_PAGE : first.getDefaultMessage();
        redirect.addFlashAttribute("problems", List.of(new Problem(onReason ? field : null, message)));
    }

    /**
     * Puts a reader's refusal (a date, a figure) on a field, with what was typed. Unlike {@code rejectValue} it works
     * when another field of the record could not even be converted, so that the record was never built: both problems
     * are then listed at once, rather than a 500.
     */
    public static void reject(Errors errors, String field, String typed, String code, String message) {
        if (errors instanceof BindingResult result && result.getTarget() == null) {
            result.addError(new FieldError(result.getObjectName(), result.getNestedPath() + field, typed, false,
                    result.resolveMessageCodes(code, field), null, message));
        } else {
            errors.rejectValue(field, code, message);
        }
    }

    /** The version a form was posted with; -1, which matches nothing, when it was posted without one. */
    public static long version(Long version) {
        return version == null ? -1 : version;
    }

    /** Trimmed text, or null when blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
