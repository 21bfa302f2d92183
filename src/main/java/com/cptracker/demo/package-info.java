/**
 * Demo data: both reference strategies, entered in full from their documents ({@code src/main/resources/demo}), and the
 * demo accounts, written through the owning modules' services. Loaded only into an empty database: by default only the
 * embedded one, into a configured database only with {@code cptracker.demo-data.enabled=true}. No module depends on
 * it.
 */
package com.cptracker.demo;
