package com.cptracker.board.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A step on a challenge: an owner's answer, or a member's follow-up with an optional new date (words needed for
 * both), or marking it answered (no words); with the challenge's version as the page showed it.
 */
record ChallengeStepForm(
        @Size(max = 5000, message = "Your words must be 5,000 characters or fewer")
        String words,

        DateInput answerBy,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    ChallengeStepForm {
        answerBy = answerBy == null ? DateInput.blank() : answerBy;
    }

    static ChallengeStepForm of(long version) {
        return new ChallengeStepForm("", DateInput.blank(), version);
    }

    /** The words, which an answer and a follow-up need. */
    String required(Errors errors, String message) {
        String text = Forms.text(words);
        if (text == null) {
            Forms.reject(errors, "words", "required", message);
        }
        return text;
    }
}
