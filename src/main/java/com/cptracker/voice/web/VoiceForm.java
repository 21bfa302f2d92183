package com.cptracker.voice.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceRecords.EntryFields;
import com.cptracker.voice.VoiceStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * What children and young people said and what the council did, as an administrator enters it: the source in the
 * council's words, the date, their words as said with whether they may be shown, a summary to show without consent,
 * the response with its status, and the promises, actions and measures it answers.
 */
record VoiceForm(
        @NotBlank(message = "Enter what kind of source it was, like Children in Care Council meeting or Survey")
        @Size(max = 200, message = "The kind of source must be 200 characters or fewer")
        String sourceKind,

        @NotBlank(message = "Enter the name of the meeting, survey or event")
        @Size(max = 300, message = "The name must be 300 characters or fewer")
        String sourceName,

        DateInput heardOn,

        @NotBlank(message = "Enter what they said, in their own words")
        @Size(max = 10000, message = "What they said must be 10,000 characters or fewer")
        String words,

        @NotNull(message = "Choose whether their words may be shown as they said them")
        Boolean consent,

        @Size(max = 5000, message = "The summary must be 5,000 characters or fewer")
        String summary,

        @NotNull(message = "Choose where the response has got to")
        VoiceStatus status,

        @Size(max = 10000, message = "What we did must be 10,000 characters or fewer")
        String whatWeDid,

        List<Long> promiseIds,
        List<Long> actionIds,
        List<Long> measureIds,
        Long version) {

    VoiceForm {
        heardOn = heardOn == null ? DateInput.blank() : heardOn;
        promiseIds = promiseIds == null ? List.of() : promiseIds;
        actionIds = actionIds == null ? List.of() : actionIds;
        measureIds = measureIds == null ? List.of() : measureIds;
    }

    static VoiceForm empty() {
        return new VoiceForm(
                "", "", DateInput.blank(), "", null, "", VoiceStatus.HEARD, "", List.of(), List.of(), List.of(), null);
    }

    static VoiceForm of(Entry e) {
        EntryFields f = e.fields();
        return new VoiceForm(
                f.sourceKind(),
                f.sourceName(),
                DateInput.of(f.heardOn()),
                f.words(),
                f.consent(),
                f.summary(),
                f.status(),
                f.whatWeDid(),
                List.copyOf(f.promiseIds()),
                List.copyOf(f.actionIds()),
                List.copyOf(f.measureIds()),
                e.version());
    }

    /**
     * Reads the date and the links (only the strategy's own promises, actions and measures), each problem beside its
     * field, and returns what to save, or null with errors. A response marked done says what was done.
     */
    EntryFields fields(Errors errors, Set<Long> promises, Set<Long> actions, Set<Long> measures) {
        LocalDate heard = DateInput.required(heardOn, errors, "heardOn", "date they said it");
        Set<Long> p = Forms.chosen(errors, "promiseIds", promiseIds, promises, "Choose promises of this strategy");
        Set<Long> a = Forms.chosen(errors, "actionIds", actionIds, actions, "Choose actions of this strategy");
        Set<Long> m = Forms.chosen(errors, "measureIds", measureIds, measures, "Choose measures of this strategy");
        if (Boolean.FALSE.equals(consent) && Forms.text(summary) == null) {
            Forms.reject(
                    errors,
                    "summary",
                    "required",
                    "Enter a summary to show instead of their words, as they did not agree to them being shown");
        }
        if (status != null && status != VoiceStatus.HEARD && Forms.text(whatWeDid) == null) {
            Forms.reject(errors, "whatWeDid", "required", "Enter what we did, or choose Heard");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new EntryFields(
                sourceKind.strip(),
                sourceName.strip(),
                heard,
                words.strip(),
                consent,
                Forms.text(summary),
                status,
                Forms.text(whatWeDid),
                p,
                a,
                m);
    }
}
