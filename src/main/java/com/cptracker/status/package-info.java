/**
 * The status engine: the rules that turn figures and progress into a status (on track, at risk, off track, complete,
 * no data, not started, not rated, withdrawn: each a word and a symbol as well as a colour), the direction of travel,
 * benchmark comparison, roll-up, which value counts for a quarter, the exception rules that choose what the board looks
 * at first, and the help page's account of them. Plain Java with
 * no Spring and no database, so that every page and the help page use the same rules; any module may use it.
 */
package com.cptracker.status;
