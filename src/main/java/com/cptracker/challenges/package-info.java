/**
 * The board's challenge log: a board member challenges a measure, an action, a priority or a quarter as a whole; the
 * item's owner or lead answers; the member who raised it (or an administrator acting for the chair) marks it answered
 * or follows it up. Every step is dated and kept ({@code challenge_step}), so a quarter's pack reads the challenges as
 * they stood at its publication ({@link ChallengeHistory}). Each step publishes an event ({@link ChallengeRaised},
 * {@link ChallengeAnswered}, {@link ChallengeFollowedUp}) in the transaction that takes it, so that whoever tells
 * people about it (the mail outbox) records that in the same transaction, or not at all. The pages are the board's
 * ({@code board.web}), which knows the items and the quarters a person may see.
 */
package com.cptracker.challenges;
