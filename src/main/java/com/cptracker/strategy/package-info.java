/**
 * Strategies and what they are made of: priorities (in the council's own label), the commitments, outcome statements
 * and objectives under them, the narrative sections, the promise to children and each strategy's status settings
 * (tables {@code strategy}, {@code priority}, {@code priority_statement}, {@code strategy_section}, {@code promise}).
 * Its pages are the home page's list of strategies and the status settings. Other modules read strategies through
 * {@link StrategyService}; the administration screens change them only through {@link StrategyAdminService} and
 * {@link PriorityAdminService}, which audit every change.
 */
package com.cptracker.strategy;
