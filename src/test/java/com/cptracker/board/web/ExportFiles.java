package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading the exports back: a workbook's sheets, rows and summary with POI, a CSV file with Commons CSV. */
final class ExportFiles {

    private ExportFiles() {}

    /** Each CSV row is the spreadsheet's row of the same ref: the same numbers, the same words. */
    static void assertSameRows(List<CSVRecord> records, Map<String, Row> rows, List<String> headings) {
        assertThat(records).hasSameSizeAs(rows.keySet());
        int ref = headings.indexOf("Ref");
        for (CSVRecord record : records) {
            Row row = rows.get(record.get(ref));
            assertThat(record.size()).isEqualTo(headings.size());
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = row.getCell(c);
                String field = record.get(c);
                String where = record.get(ref) + " " + headings.get(c);
                if (cell == null) {
                    assertThat(field).as(where).isEmpty();
                } else if (cell.getCellType() == CellType.NUMERIC && !isDay(cell)) {
                    assertThat(new BigDecimal(field).doubleValue()).as(where).isEqualTo(cell.getNumericCellValue());
                } else if (isDay(cell)) {
                    assertThat(field)
                            .as(where)
                            .isEqualTo(cell.getLocalDateTimeCellValue()
                                    .toLocalDate()
                                    .toString());
                } else {
                    assertThat(field).as(where).isEqualTo(CsvWriter.inert(cell.getStringCellValue()));
                }
            }
        }
    }

    static boolean isDay(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC
                && cell.getCellStyle().getDataFormatString().contains("yyyy");
    }

    /** The value beside a label on the summary sheet. */
    static Cell summary(XSSFWorkbook workbook, String label) {
        for (Row row : workbook.getSheet("Summary")) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no " + label + " on the summary sheet");
    }

    /** Every data sheet's rows by ref. */
    static Map<String, Row> dataRows(XSSFWorkbook workbook) {
        Map<String, Row> rows = new HashMap<>();
        for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            assertThat(headings(sheet)).isEqualTo(headings(workbook.getSheetAt(1)));
            int ref = headings(sheet).indexOf("Ref");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(rows.put(row.getCell(ref).getStringCellValue(), row)).isNull();
            }
        }
        return rows;
    }

    static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        return headings;
    }

    static String text(Row row, List<String> headings, String heading) {
        Cell cell = row.getCell(headings.indexOf(heading));
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** A figure as the page shows it ("92.4%", "1,204", "426 days") as a number. */
    static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[%,]| days?$", ""));
    }

    static List<CSVRecord> records(byte[] bytes) throws IOException {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
