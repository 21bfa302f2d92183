package com.cptracker.transfer;

import static com.cptracker.transfer.NorthshireWorkbook.row;

import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An excerpt of a strategy of the shape #15 is about, typed into the template as a new administrator would: two
 * numbered priorities and a cross-cutting theme (named T1 on the other sheets) with its own commitments, an action
 * and measures; measures as the document states them, with a baseline and when it was, one with its own margin for
 * "similar", and a qualitative measure that leaves which way is better empty (rated by its owner); a scrutiny
 * review's recommendations, one of them answered by the theme's action.
 */
final class WestmoorWorkbook {

    static final String SLUG = "westmoor-2024-27";
    static final String THEME = "Hearing the voice of our children";
    static final String THEME_STATEMENT =
            "Children's voices will shape everything we do as corporate parents, not just what we ask them about";
    static final String COMMITMENT =
            "We will involve the Children in Care Council in every recruitment panel for senior managers";
    static final String ACTION = "Train members of the Children in Care Council to sit on interview panels";

    static final String REVIEW = "Scrutiny review of corporate parenting 2023";
    static final String RECOMMENDATION =
            "Children in care should help to choose the people who lead the services that look after them";

    private WestmoorWorkbook() {}

    static byte[] typedInto(byte[] template) {
        return Workbooks.edit(template, WestmoorWorkbook::fill);
    }

    private static void fill(XSSFWorkbook b) {
        row(
                b,
                "Strategy",
                SLUG,
                "Corporate Parenting Strategy 2024 to 2027",
                null,
                "Westmoor Council",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2027, 3, 31),
                "Current",
                null,
                null);
        row(b, "Priorities", "Priority", 1, "Stable homes and trusted relationships");
        row(b, "Priorities", "Priority", 2, "Preparing for adulthood");
        row(
                b,
                "Priorities",
                "Cross-cutting theme",
                1,
                THEME,
                THEME_STATEMENT,
                null,
                null,
                "Participation and Engagement Manager",
                null,
                null,
                "Theme");
        row(
                b,
                "Statements",
                "1.1",
                "Commitment",
                "We will increase the number of our children living with " + "Westmoor foster carers");
        row(b, "Statements", "T1.1", "Commitment", COMMITMENT);
        row(b, "Statements", "t1.2", "Outcome statement", "Children tell us they know why decisions are made");
        row(
                b,
                "Actions",
                "1a",
                1,
                "1.1",
                "Launch a foster carer recruitment campaign in Westmoor",
                "2025-26 Q2",
                "Fostering Service Manager");
        row(
                b,
                "Actions",
                "T1a",
                "T1",
                "T1.1",
                ACTION,
                "March 2025",
                "Participation and Engagement Manager",
                null,
                "A young person sits on every senior recruitment panel",
                null,
                REVIEW + ": R2");
        row(
                b,
                "Measures",
                "W1",
                "% of children in care with three or more placements in the year",
                null,
                1,
                "1.1",
                "Percentage",
                "Lower is better",
                "Quarterly",
                null,
                null,
                null,
                "11.2%",
                "2022-23",
                1,
                "In the measure’s own units (percentage points for a percentage)");
        row(
                b,
                "Measures",
                "W2",
                "% of children in care who feel listened to (Bright Spots survey)",
                null,
                "T1",
                "T1.2",
                "Percentage",
                "Higher is better",
                "Annual",
                null,
                null,
                null,
                78,
                "Bright Spots survey 2023");
        row(
                b,
                "Measures",
                "W3",
                "The Children in Care Council's view of how well they are heard",
                null,
                "t1",
                null,
                "Qualitative",
                null,
                "Annual");
        row(b, "Targets", "W1", "2024-25", 10, null, null, 1);
        row(b, "Benchmarks", "W1", "2024-25", 10.5, 10);
        recommendation(b, "R1", "The council should report placement stability to the panel every quarter");
        recommendation(b, "R2", RECOMMENDATION);
    }

    private static void recommendation(XSSFWorkbook b, String number, String text) {
        row(
                b,
                "Recommendations",
                REVIEW,
                "Scrutiny review",
                LocalDate.of(2023, 11, 14),
                "Children and Young People Scrutiny Panel",
                null,
                number,
                text);
    }
}
