package com.cptracker.challenges;

/** What a challenge is about: an item of the strategy, or a quarter as a whole. */
public enum SubjectKind {
    MEASURE,
    ACTION,
    PRIORITY,
    QUARTER
}
