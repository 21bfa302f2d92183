/**
 * What the Corporate Parenting Board reads: a strategy's overview, its priorities, the scorecard and the action plan
 * for a quarter (also as spreadsheets and CSV files), the measure and action pages, the promise, the charts, the board
 * pack of a published quarter (a page and a PDF) and the help page on the status rules, with the
 * status of every action and measure worked out by the status rules. It keeps the strategy as each quarter was
 * published ({@code published_edition}, written when it hears the reporting module's {@code QuarterPublished}), so a
 * published quarter reads as the board saw it. Only pages and their read models: it changes no other module's data.
 */
package com.cptracker.board;
