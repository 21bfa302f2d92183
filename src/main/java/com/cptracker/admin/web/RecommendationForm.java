package com.cptracker.admin.web;

import com.cptracker.recommendations.Recommendations.RecommendationEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One recommendation of a report, numbered as the report numbers it ("3", "R3", "Recommendation 3.1"). */
record RecommendationForm(
        @NotBlank(message = "Enter its number or ref, as the report gives it, like 3 or R3")
        @Size(max = 40, message = "The number must be 40 characters or fewer")
        String ref,

        @NotBlank(message = "Enter the recommendation")
        @Size(max = 5000, message = "The recommendation must be 5,000 characters or fewer")
        String text,

        Long version) {

    static RecommendationForm empty(String ref) {
        return new RecommendationForm(ref, "", null);
    }

    static RecommendationForm of(RecommendationEdit e) {
        return new RecommendationForm(e.ref(), e.text(), e.version());
    }
}
