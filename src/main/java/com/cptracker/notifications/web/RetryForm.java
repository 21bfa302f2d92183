package com.cptracker.notifications.web;

import jakarta.validation.constraints.NotNull;

/** The version of the failed mail the outbox page showed. */
record RetryForm(@NotNull Long version) {}
