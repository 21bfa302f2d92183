package com.cptracker.admin.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A strategy as an administrator enters it: its dates as typed in GOV.UK date inputs, read once the rest is valid. */
record StrategyForm(
        @NotBlank(message = "Enter the web address name, like bury-2024-26")
        @Size(max = 80, message = "The web address name must be 80 characters or fewer")
        @Pattern(
                regexp = "\\s*|[a-z0-9]+(-[a-z0-9]+)*",
                message = "Use only small letters, numbers and single hyphens between them, like bury-2024-26")
        String slug,

        @NotBlank(message = "Enter the title") @Size(max = 300, message = "The title must be 300 characters or fewer")
        String title,

        @Size(max = 300, message = "The subtitle must be 300 characters or fewer")
        String subtitle,

        @NotBlank(message = "Enter the council")
        @Size(max = 200, message = "The council must be 200 characters or fewer")
        String council,

        DateInput startsOn,
        DateInput endsOn,
        @NotNull(message = "Choose the status") StrategyStatus status,

        @Size(max = 20000, message = "The vision must be 20,000 characters or fewer")
        String vision,

        @Size(max = 320, message = "The contact must be 320 characters or fewer")
        String contact,

        Long version) {

    StrategyForm {
        startsOn = startsOn == null ? DateInput.blank() : startsOn;
        endsOn = endsOn == null ? DateInput.blank() : endsOn;
    }

    static StrategyForm empty() {
        return new StrategyForm(
                "", "", "", "", DateInput.blank(), DateInput.blank(), StrategyStatus.DRAFT, "", "", null);
    }

    static StrategyForm of(StrategyEdit e) {
        StrategyFields f = e.fields();
        return new StrategyForm(
                f.slug(),
                f.title(),
                f.subtitle(),
                f.council(),
                DateInput.of(f.startsOn()),
                DateInput.of(f.endsOn()),
                f.status(),
                f.vision(),
                f.contact(),
                e.version());
    }

    /** Checks the dates (each real, the end after the start) and returns what to save, or null with errors. */
    StrategyFields fields(Errors errors) {
        LocalDate start = DateInput.required(startsOn, errors, "startsOn", "start date");
        LocalDate end = DateInput.required(endsOn, errors, "endsOn", "end date");
        if (start != null && end != null && !end.isAfter(start)) {
            Forms.reject(errors, "endsOn.day", "order", "The end date must be after the start date");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new StrategyFields(
                slug.strip(),
                title.strip(),
                Forms.text(subtitle),
                council.strip(),
                start,
                end,
                status,
                Forms.text(vision),
                Forms.text(contact));
    }
}
