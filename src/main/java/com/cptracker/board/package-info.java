/**
 * What the Corporate Parenting Board reads: a strategy's overview, its priorities, the scorecard and the action plan
 * for a quarter, with the status of every action and measure worked out by the status rules.
 */
package com.cptracker.board;
