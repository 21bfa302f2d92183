package com.cptracker.challenges;

/**
 * An owner answered a challenge; the member who raised it is to be told. Published in the transaction that records it.
 *
 * @param answer         the answer's words
 * @param answeredBy     the user id of who answered
 * @param answeredByName their name as shown
 * @param raisedBy       the user id of the member who raised the challenge, who is told
 */
public record ChallengeAnswered(
        long challengeId,
        long strategyId,
        String strategySlug,
        String strategyTitle,
        String subject,
        String question,
        String answer,
        long answeredBy,
        String answeredByName,
        long raisedBy) {}
