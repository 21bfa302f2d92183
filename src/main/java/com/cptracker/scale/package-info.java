/**
 * A council's own rating scale: its steps in the council's words and order, each with a colour or none
 * ({@link ScaleStep}), the one form an administrator fills in for a step ({@link ScaleStepForm}) and the one
 * administration of a scale's steps ({@link ScaleStepController} over the owning module's {@link ScaleAdmin}). The
 * self-assessment's rating scale and the issues and risks log's rating scale are both made of these, each kept by its
 * own module in its own table.
 */
package com.cptracker.scale;
