/**
 * The benchmark: a bare page to measure the board's pages against (the same layout and security chain, a table of 100
 * rows from memory, no database) and synthetic councils to measure them on, up to a large council of 10 strategies,
 * 1,000 measures and 5,000 actions over ten years. Present only under the {@code benchmark} Spring profile, except the
 * generator itself, which tests construct on their own. Run by {@code bench/run}, never by the build.
 */
package com.cptracker.benchmark;
