package com.cptracker.transfer;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A strategy that is not among the shipped ones, typed into the template as a new administrator would from the
 * council's published document: numbers typed as numbers, dates as dates, everything else as the document writes it,
 * several leads in one cell on separate lines.
 */
final class NorthshireWorkbook {

    static final String SLUG = "northshire-2025-28";

    private NorthshireWorkbook() {}

    static byte[] typedInto(byte[] template) {
        return Workbooks.edit(template, NorthshireWorkbook::fill);
    }

    private static void fill(XSSFWorkbook b) {
        row(
                b,
                "Strategy",
                SLUG,
                "Corporate Parenting Strategy 2025-2028",
                "Our promise to children in our care",
                "Northshire Council",
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2028, 3, 31),
                "Current",
                "Every child in our care will be safe, happy and ambitious for their future.",
                "corporate.parenting@northshire.example");
        row(
                b,
                "Sections",
                "Foreword",
                "As corporate parents we want for our children what any good parent wants.\n\n"
                        + "- to be safe\n- to be heard");
        row(b, "Sections", "What children told us", "You told us you want to see your brothers and sisters more.");
        row(b, "Partners", "Northshire Virtual School", "Champions the education of children in care");
        row(b, "Partners", "Integrated Care Board", null);
        row(b, "Partners", "Northshire Police", null);
        row(
                b,
                "Governance",
                "Corporate Parenting Panel",
                "Board",
                "Holds the council to account for its children in care.",
                "Cabinet member for children (chair), elected members, partners",
                "Cabinet Member for Children",
                "Children's Scrutiny Committee");
        row(b, "Governance", "Children's Scrutiny Committee", "Scrutiny", null, null, null, null);
        row(
                b,
                "Governance",
                "Education and Health Group",
                "Workstream group",
                null,
                null,
                "Virtual School Headteacher",
                "Corporate Parenting Panel");
        row(
                b,
                "Priorities",
                "Outcome",
                1,
                "A good, safe home",
                "We will make sure you live somewhere you feel safe",
                null,
                null,
                "Head of Service, Children in Care",
                null,
                "Northshire Police");
        row(
                b,
                "Priorities",
                "Outcome",
                2,
                "Healthy and achieving",
                null,
                null,
                null,
                null,
                "Education and Health Group",
                "Northshire Virtual School\nIntegrated Care Board");
        row(b, "Statements", "1.1", "Outcome statement", "Children live in stable homes close to Northshire");
        row(b, "Statements", "1.2", "Commitment", "We will find more foster carers in Northshire");
        row(b, "Statements", "2.1", "Outcome statement", "Children attend school and do well");
        row(
                b,
                "Actions",
                "1.1a",
                1,
                "1.1",
                "Review every placement more than 20 miles away",
                "September 2025",
                "Head of Service, Children in Care",
                null,
                "Every distant placement reviewed",
                null);
        row(
                b,
                "Actions",
                "1.2a",
                1,
                "1.2",
                "Run a foster carer recruitment campaign",
                "2025-26 Q3",
                "Fostering Team Manager\nCommunications Manager",
                null,
                "20 new fostering households",
                "Scrutiny review 2024, recommendation 3");
        row(
                b,
                "Actions",
                "2.1a",
                2,
                "2.1",
                "Every child has an up-to-date personal education plan",
                "Ongoing",
                null,
                "Northshire Virtual School",
                null,
                null);
        row(
                b,
                "Actions",
                "2.1b",
                2,
                null,
                "Annual health assessments within 20 working days",
                "Annually",
                "Designated Nurse for Children in Care",
                "Integrated Care Board",
                null,
                null);
        row(
                b,
                "Measures",
                "N1",
                "% of children in care placed within 20 miles",
                null,
                1,
                "1.1",
                "Percentage",
                "Higher is better",
                "Quarterly",
                "Head of Service, Children in Care",
                null,
                null);
        row(
                b,
                "Measures",
                "N2",
                "Number of new fostering households",
                null,
                1,
                "1.2",
                "Number",
                "Higher is better",
                "Quarterly",
                "Fostering Team Manager",
                null,
                null);
        row(
                b,
                "Measures",
                "N3",
                "Persistent absence of children in care (%)",
                null,
                2,
                "2.1",
                "Percentage",
                "Lower is better",
                "Termly",
                null,
                null,
                null);
        row(
                b,
                "Measures",
                "N4",
                "Children in care per 10,000 children",
                null,
                null,
                null,
                "Rate per 10,000",
                "Context only",
                "Annual",
                null,
                null,
                null);
        row(
                b,
                "Measures",
                "N5",
                "Children's views of their health assessment",
                null,
                2,
                null,
                "Qualitative",
                "Context only",
                "Annual",
                null,
                null,
                null);
        row(b, "Targets", "N1", "2025-26", 75, null, null, 5);
        row(b, "Targets", "N1", "2026-27", 80, null, null, 5);
        row(b, "Targets", "N2", "2025-26", 20, null, null, 5);
        row(b, "Targets", "N3", "2025-26", 12.5, null, null, 2.5);
        row(b, "Benchmarks", "N1", "2025-26", 71.2, 69.8);
        row(b, "Benchmarks", "N4", "2025-26", 78, 70);
        row(b, "Promises", 1, "We will tell you why you are in care", null, null);
        row(b, "Promises", 2, "We will help you live close to home", "1.1a", "N1");
        row(b, "Promises", 3, "We will help you do well at school", "2.1a\n2.1b", "N3");
    }

    /** Types a row below the sheet's last, a cell for each value: numbers as numbers, dates as dates. */
    static void row(XSSFWorkbook b, String sheet, Object... values) {
        XSSFSheet s = b.getSheet(sheet);
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            switch (v) {
                case Number n -> c.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    c.setCellValue(d);
                    var style = b.createCellStyle();
                    style.setDataFormat(b.createDataFormat().getFormat("dd/mm/yyyy"));
                    c.setCellStyle(style);
                }
                default -> c.setCellValue(v.toString());
            }
        }
    }
}
