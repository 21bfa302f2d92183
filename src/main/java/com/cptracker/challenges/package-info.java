/**
 * The board's challenge log: a board member challenges a measure, an action, a priority or a quarter as a whole; the
 * item's owner or lead answers; the member who raised it (or an administrator acting for the chair) marks it answered
 * or follows it up. Every step is dated and kept. Each step publishes an event ({@link ChallengeRaised},
 * {@link ChallengeAnswered}, {@link ChallengeFollowedUp}) in the transaction that takes it, so that whoever tells
 * people about it (the mail outbox) records that in the same transaction, or not at all.
 */
package com.cptracker.challenges;
