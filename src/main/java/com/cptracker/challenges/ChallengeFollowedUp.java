package com.cptracker.challenges;

import java.time.LocalDate;
import java.util.Set;

/**
 * The member who raised a challenge (or the chair) found the answer wanting and followed it up; its owners are to be
 * told. Published in the transaction that records it.
 *
 * @param followUp   the member's words
 * @param answerBy   the new date it should be answered by, or null
 * @param owners     the user ids of those who are to answer it
 */
public record ChallengeFollowedUp(
        long challengeId,
        long strategyId,
        String strategySlug,
        String strategyTitle,
        String subject,
        String followUp,
        LocalDate answerBy,
        long followedUpBy,
        String followedUpByName,
        Set<Long> owners) {}
