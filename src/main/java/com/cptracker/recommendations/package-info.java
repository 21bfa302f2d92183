/**
 * Recommendations answered: a strategy's sources of recommendations (a scrutiny review, an inspection, an audit, a peer
 * review, named in the council's words; tables {@code recommendation_source}, {@code recommendation}) and which actions
 * answer each recommendation ({@code action_recommendation}). The board reads them through
 * {@link RecommendationService}; administrators change them only through {@link RecommendationAdminService}, which
 * audits every change, and an action's answers through the action's own administration.
 */
package com.cptracker.recommendations;
