package com.cptracker.admin.web;

import com.cptracker.admin.web.TargetReading.BenchmarkBoxes;
import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.BenchmarkEdit;
import com.cptracker.measures.MeasureEdits.BenchmarkFields;
import com.cptracker.measures.MeasureEdits.BenchmarkFigures;
import com.cptracker.measures.MeasureUnit;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A measure's benchmarks for one reporting year: the statistical neighbours' and the national average. */
record BenchmarkForm(
        @ReportingYear String year,

        String statNeighbour,
        String national,

        @Size(max = 2000, message = "The source must be 2,000 characters or fewer")
        String source,

        Long version) {

    static BenchmarkForm empty(String year) {
        return new BenchmarkForm(year, null, null, null, null);
    }

    static BenchmarkForm of(BenchmarkEdit e) {
        BenchmarkFields f = e.fields();
        return new BenchmarkForm(f.year(), f.neighboursText(), f.nationalText(), f.source(), e.version());
    }

    /** The year whose figures are being changed; null for a year being set for the first time. */
    String changing() {
        return version == null ? null : year;
    }

    /** Reads the figures in the measure's unit and checks the year; returns what to save, or null with errors. */
    BenchmarkFields fields(Errors errors, MeasureUnit unit) {
        TargetForm.checkYear(errors, year);
        BenchmarkFigures read = TargetReading.benchmarks(
                errors, "", "", unit, new BenchmarkBoxes(statNeighbour, national), Forms.text(source));
        if (errors.hasErrors()) {
            return null;
        }
        return new BenchmarkFields(year.strip(), read.statNeighbour(), read.national(), read.source());
    }
}
