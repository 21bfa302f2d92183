/** An officer's work: their actions and measures for the open quarter, progress updates and values. */
package com.cptracker.work;
