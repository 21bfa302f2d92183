package com.cptracker.status;

/** A status with the reason for it in words, as the help page and the scorecard explain it. */
public record Verdict(Status status, String reason) {

    public static Verdict of(Status status, String reason) {
        return new Verdict(status, reason);
    }
}
