package com.cptracker.admin.web;

import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A strategy as an administrator enters it. Kept as typed; read as dates and a status once valid. */
record StrategyForm(
        @NotBlank(message = "Enter the web address name, like bury-2024-26")
        @Size(max = 80, message = "The web address name must be 80 characters or fewer")
        @Pattern(regexp = "\\s*|[a-z0-9]+(-[a-z0-9]+)*",
                message = "Use only small letters, numbers and single hyphens between them, like bury-2024-26")
        String slug,
        @NotBlank(message = "Enter the title") @Size(max = 300, message = "The title must be 300 characters or fewer")
        String title,
        @Size(max = 300, message = "The subtitle must be 300 characters or fewer")
        String subtitle,
        @NotBlank(message = "Enter the council")
        @Size(max = 200, message = "The council must be 200 characters or fewer")
        String council,
        String startsOnDay, String startsOnMonth, String startsOnYear,
        String endsOnDay, String endsOnMonth, String endsOnYear,
        @NotNull(message = "Choose the status")
        @Pattern(regexp = "DRAFT|CURRENT|ARCHIVED", message = "Choose the status")
        String status,
        @Size(max = 20000, message = "The vision must be 20,000 characters or fewer")
        String vision,
        @Size(max = 320, message = "The contact must be 320 characters or fewer")
        String contact,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static StrategyForm empty() {
        return new StrategyForm("", "", "", "", "", "", "", "", "", "", "DRAFT", "", "", "");
    }

    static StrategyForm of(StrategyEdit e) {
        StrategyFields f = e.fields();
        String[] start = Forms.dayMonthYear(f.startsOn());
        String[] end = Forms.dayMonthYear(f.endsOn());
        return new StrategyForm(f.slug(), f.title(), Forms.value(f.subtitle()), f.council(), start[0], start[1],
                start[2], end[0], end[1], end[2], f.status().name(), Forms.value(f.vision()),
                Forms.value(f.contact()), String.valueOf(e.version()));
    }

    /** Checks the dates (each real, the end after the start) and returns what to save, or null with errors. */
    StrategyFields fields(Errors errors) {
        LocalDate startsOn = Forms.date(errors, "startsOn", "start date", startsOnDay, startsOnMonth, startsOnYear);
        LocalDate endsOn = Forms.date(errors, "endsOn", "end date", endsOnDay, endsOnMonth, endsOnYear);
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            errors.rejectValue("endsOnDay", "order", "The end date must be after the start date");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new StrategyFields(slug.strip(), title.strip(), Forms.text(subtitle), council.strip(), startsOn,
                endsOn, StrategyStatus.valueOf(status), Forms.text(vision), Forms.text(contact));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
