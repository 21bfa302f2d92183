package com.cptracker.common.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Figures.Figure;
import com.cptracker.common.Figures.Read;
import com.cptracker.common.RejectedInput;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    private Forms() {}

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
            refuse(errors, e);
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
    public static void button(
            RedirectAttributes redirect, BindingResult errors, String field, Runnable change, Supplier<String> saved) {
        if (attempt(errors, change).isPresent()) {
            saved(redirect, saved.get(), null);
            return;
        }
        // Only the reason is typed; a hidden version or direction missing or not of its type means the page cannot be
        // trusted, whatever else is wrong.
        boolean untrusted = errors.getFieldErrors().stream()
                .anyMatch(f -> f.isBindingFailure()
                        || f.getField().equals("version")
                        || f.getField().equals("direction"));
        ObjectError first = errors.getAllErrors().getFirst();
        boolean onReason =
                !untrusted && first instanceof FieldError f && f.getField().equals("reason");
        String message = untrusted || first.getDefaultMessage() == null ? STALE_PAGE : first.getDefaultMessage();
        redirect.addFlashAttribute("problems", List.of(new Problem(onReason ? field : null, message)));
    }

    /**
     * The end of every successful change: the "saved" banner the next page shows, and that page ({@code next}, a
     * redirect).
     */
    public static String saved(RedirectAttributes redirect, String message, String next) {
        redirect.addFlashAttribute("saved", message);
        return next;
    }

    /**
     * Puts a problem on a field of a form: the one way every form's own checks do it. Unlike {@code rejectValue}, it
     * also works when the form record could not be made because another of its values was of the wrong type (Spring
     * then keeps no record to read the field from, and {@code rejectValue} throws), so that every problem is still
     * listed at once rather than a 500.
     */
    public static void reject(Errors errors, String field, String code, String message) {
        if (errors instanceof BindingResult result && result.getTarget() == null) {
            result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    result.getFieldValue(field),
                    false,
                    result.resolveMessageCodes(code, field),
                    null,
                    message));
        } else {
            errors.rejectValue(field, code, message);
        }
    }

    /**
     * Reads a figure with the one strict figure reader and puts its problem beside the field; null when there is a
     * problem, or when the field already has one.
     */
    public static BigDecimal figure(Figure figure, String typed, Errors errors, String field) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        Read read = figure.read(typed);
        if (read.problem() != null) {
            reject(errors, field, "figure", read.problem());
        }
        return read.number();
    }

    /**
     * Puts a service's refusal on the form beside its field (a date on its day box, where its error is shown and
     * linked), or on the form as a whole when it names no field of it. A field that already has an error keeps that
     * one: it is what to fix first.
     */
    public static void refuse(BindingResult errors, RejectedInput refusal) {
        String field = refusal.field();
        try {
            if (field != null && errors.getFieldType(field) == DateInput.class) {
                field = field + ".day";
            }
            if (field == null) {
                errors.reject("rejected", refusal.getMessage());
            } else if (!errors.hasFieldErrors(field)) {
                reject(errors, field, "rejected", refusal.getMessage());
            }
        } catch (NotReadablePropertyException notAField) {
            errors.reject("rejected", refusal.getMessage());
        }
    }

    /**
     * A new, empty binding result for {@code form}, put in the model as the page's form in place of the one bound
     * from the post: for a page of many lines (a map of them by id), where Spring keeps no form to show back when a
     * value of a line could not be converted, and records that problem once for every field posted for the line.
     * The bound problems are copied over once each.
     */
    public static BindingResult rebound(Object form, BindingResult bound, Model model) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        if (bound != null) {
            bound.getAllErrors().stream().distinct().forEach(errors::addError);
        }
        return errors;
    }

    /** The version a form was posted with; -1, which matches nothing, when it was posted without one. */
    public static long version(Long version) {
        return version == null ? -1 : version;
    }

    /**
     * The ids ticked in a list of checkboxes, once each: only those the page {@code offered} (a strategy's own actions
     * or measures); anything else is refused beside the list with {@code message}.
     */
    public static Set<Long> chosen(Errors errors, String field, List<Long> ticked, Set<Long> offered, String message) {
        Set<Long> set = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
        set.remove(null);
        if (!offered.containsAll(set)) {
            reject(errors, field, "offered", message);
        }
        return set;
    }

    /** Trimmed text, or null when blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
