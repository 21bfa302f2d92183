/** Reporting quarters: opened for updates, closed and published to the board. */
package com.cptracker.reporting;
