/**
 * Self-assessment against a framework: a strategy's list of characteristics (the corporate parenting principles, the
 * LGA's characteristics of good corporate parenting, an inspection framework's areas), each with its named lead, the
 * council's own rating scale, and for each quarter a rating of each criterion with its evidence and the actions and
 * measures it cites. The administration screens change the framework only through {@link FrameworkAdminService};
 * ratings are recorded through {@link RatingService}; both audit every change. The board reads the framework through
 * its kept edition of the quarter and the ratings as at the quarter.
 */
package com.cptracker.assessment;
