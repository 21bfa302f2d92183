package com.cptracker.scale;

import com.cptracker.common.web.Forms;
import com.cptracker.common.web.Option;
import com.cptracker.status.Status;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The form of one step of a council's scale, shared by every scale's administration page: its words, what it means,
 * and its colour (or none). Its page lists it with {@code fragments/scale :: controls}.
 */
public record ScaleStepForm(
        @NotBlank(message = "Enter the rating's words, like Good, Partly met or High")
        @Size(max = 200, message = "The words must be 200 characters or fewer")
        String words,

        @Size(max = 2000, message = "The description must be 2,000 characters or fewer")
        String description,

        Status colour,
        Long version) {

    public static ScaleStepForm empty() {
        return new ScaleStepForm("", "", null, null);
    }

    public static ScaleStepForm of(ScaleStep.Kept k) {
        return new ScaleStepForm(
                k.step().words(), k.step().description(), k.step().colour(), k.version());
    }

    /** The colours the form offers, each with its symbol and the board's word for it. */
    public static List<Option> colours() {
        return Option.of(ScaleStep.COLOURS, Status::name, ScaleStep::colourName);
    }

    /** The step typed; a colour not offered is refused beside its field (the step is then not saved). */
    public ScaleStep step(Errors errors) {
        ScaleStep step = new ScaleStep(words, description, colour);
        if (!step.colourOffered()) {
            Forms.reject(errors, "colour", "offered", ScaleStep.COLOUR_NOT_OFFERED);
        }
        return step;
    }
}
