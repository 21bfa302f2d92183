/**
 * A council's own rating scale: its steps in the council's words and order, each with a colour or none
 * ({@link ScaleStep}), and the one form an administrator fills in for a step ({@link ScaleStepForm}). The
 * self-assessment's rating scale and the issues and risks log's rating scale are both made of these, each kept by its
 * own module in its own table.
 */
package com.cptracker.scale;
