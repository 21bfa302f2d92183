/**
 * Demo data: both reference strategies, entered in full, and the demo accounts. Loaded only into an empty database:
 * by default only the embedded one, into a configured database only with {@code cptracker.demo-data.enabled=true}.
 */
package com.cptracker.demo;
