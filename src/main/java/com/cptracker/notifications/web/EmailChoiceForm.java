package com.cptracker.notifications.web;

import jakarta.validation.constraints.NotNull;

/** How a person takes their notices: at once, or as one mail a week. */
record EmailChoiceForm(
        @NotNull(message = "Choose how you get notices") Delivery delivery, Long version) {

    enum Delivery {
        IMMEDIATE,
        WEEKLY
    }

    static EmailChoiceForm of(boolean digest, long version) {
        return new EmailChoiceForm(digest ? Delivery.WEEKLY : Delivery.IMMEDIATE, version);
    }
}
