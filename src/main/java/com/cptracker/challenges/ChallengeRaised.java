package com.cptracker.challenges;

import java.time.LocalDate;
import java.util.Set;

/**
 * A board member raised a challenge; its owners are to be told. Published in the transaction that records it.
 *
 * @param challengeId   the challenge, whose page is {@code /strategies/{strategySlug}/challenges/{challengeId}}
 * @param subject       what it is about, as its page names it ("Measure M1.2 Care leavers in education...", "2025-26
 *                      Q2 as a whole")
 * @param question      the member's words
 * @param answerBy      the date it should be answered by, or null
 * @param raisedBy      the user id of the member who raised it
 * @param raisedByName  their name as shown
 * @param owners        the user ids of those who are to answer it (the item's owner or lead; for a quarter as a whole
 *                      the strategy's administrators)
 */
public record ChallengeRaised(
        long challengeId,
        long strategyId,
        String strategySlug,
        String strategyTitle,
        String subject,
        String question,
        LocalDate answerBy,
        long raisedBy,
        String raisedByName,
        Set<Long> owners) {}
