/**
 * Reporting quarters ({@code reporting_quarter}): an administrator opens a quarter for updates with a deadline, closes
 * it and publishes it to the board, on the quarters page. Other modules ask {@link QuarterService} which quarters are
 * open or published and who may see them, and listen for {@link QuarterPublished}.
 */
package com.cptracker.reporting;
