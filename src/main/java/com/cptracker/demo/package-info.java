/**
 * Demo data: both reference strategies, entered in full, and the demo accounts. Loaded only into an empty database,
 * and only when {@code cptracker.demo-data.enabled} is true.
 */
package com.cptracker.demo;
