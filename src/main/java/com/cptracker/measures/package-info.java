/**
 * Outcome measures: each measure's definition (unit, polarity, frequency, owner, plan tags), its targets and amber
 * thresholds per year, benchmarks, and values per period with their revisions (tables {@code measure},
 * {@code measure_target}, {@code measure_benchmark}, {@code measure_value}). It works out with the status rules how
 * each measure stands in a quarter ({@link MeasureStatusService}) and takes values from owners and corrections from
 * administrators ({@link MeasureValueService}). Other modules read measures through {@link MeasureService}; the
 * administration screens change them only through {@link MeasureAdminService} and {@link MeasureTargetAdminService}.
 * Every change is audited.
 */
package com.cptracker.measures;
