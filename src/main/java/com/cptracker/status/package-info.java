/**
 * The status engine: the rules that turn figures and progress into red, amber, green, blue and grey, the direction
 * of travel, benchmark comparison and roll-up. Plain Java with no Spring, so that every page, export and the help
 * page use the same rules.
 */
package com.cptracker.status;
