package com.cptracker.board.web;

import com.cptracker.common.web.DateInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A challenge as a board member raises it: the question in their words, and a date it should be answered by. */
record RaiseForm(
        @NotBlank(message = "Enter your question")
        @Size(max = 5000, message = "The question must be 5,000 characters or fewer")
        String question,

        DateInput answerBy) {

    RaiseForm {
        answerBy = answerBy == null ? DateInput.blank() : answerBy;
    }

    static RaiseForm empty() {
        return new RaiseForm("", DateInput.blank());
    }
}
