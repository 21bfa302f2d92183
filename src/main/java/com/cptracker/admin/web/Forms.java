package com.cptracker.admin.web;

import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.RejectedInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * What every administration form shares. Form fields arrive as text and are kept as typed, so that whatever was
 * entered is shown back beside its error; these read them once they are valid.
 */
final class Forms {

    /** A hidden version: empty for something new, digits otherwise. */
    static final String VERSION = "\\d{0,18}";
    static final String STALE_PAGE = "The page was out of date. Reload it and try again";
    /** "2018-19": a reporting year, April to March or September to August. */
    static final String YEAR = "^$|\\d{4}-\\d{2}";

    private Forms() {
    }

    /**
     * Runs a change when the form has no errors. A refusal by the service (a ref already taken, someone else's change
     * saved first) becomes an error on the form, and the typed input is kept; returns the change's result otherwise.
     */
    static <T> Optional<T> attempt(BindingResult errors, Supplier<T> change) {
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

    static Optional<Boolean> attempt(BindingResult errors, Runnable change) {
        return attempt(errors, () -> {
            change.run();
            return true;
        });
    }

    /**
     * Runs a button's change (a move up or down) that carries the item's version, then tells the page it returns to:
     * "saved" when done, a "problem" when the page was out of date or someone else changed the item first.
     */
    static void move(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String direction,
                       String version, java.util.function.LongConsumer change, String saved) {
        if (version == null || !version.strip().matches("\\d{1,18}")
                || !("up".equals(direction) || "down".equals(direction))) {
            redirect.addFlashAttribute("problems", java.util.List.of(new com.cptracker.common.web.Problem(null, STALE_PAGE)));
            return;
        }
        try {
            change.accept(Long.parseLong(version.strip()));
            redirect.addFlashAttribute("saved", saved);
        } catch (ConcurrentChangeException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problems", java.util.List.of(new com.cptracker.common.web.Problem(null, ConcurrentChangeException.MESSAGE)));
        }
    }

    /**
     * Runs an archive button's change (archive or bring back, with a reason and the item's version), then tells the
     * page it returns to: "saved" when done, otherwise the "problem" (no reason, a page out of date, someone else's
     * change saved first).
     */
    static void archive(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, BindingResult errors,
                        String key, Runnable change, String saved) {
        if (attempt(errors, change).isPresent()) {
            redirect.addFlashAttribute("saved", saved);
            return;
        }
        String message = errors.getAllErrors().stream()
                .map(org.springframework.context.MessageSourceResolvable::getDefaultMessage)
                .filter(java.util.Objects::nonNull).findFirst().orElse(STALE_PAGE);
        redirect.addFlashAttribute("problems", java.util.List.of(new com.cptracker.common.web.Problem("reason-" + key, message)));
    }

    /** Trimmed text, or null when blank. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Long id(String s) {
        return s == null || !s.strip().matches("\\d{1,18}") ? null : Long.valueOf(s.strip());
    }

    static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            values.stream().map(Forms::id).filter(java.util.Objects::nonNull).distinct().forEach(ids::add);
        }
        return ids;
    }

    static Set<Long> idSet(List<String> values) {
        return new LinkedHashSet<>(ids(values));
    }

    /** A valid version, or -1 which matches nothing; the form's pattern has already refused anything else. */
    static long version(String s) {
        return s == null || s.isBlank() ? -1 : Long.parseLong(s.strip());
    }

    static Long versionOrNull(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    }

    static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    static String value(Object o) {
        return o == null ? "" : o.toString();
    }
}
