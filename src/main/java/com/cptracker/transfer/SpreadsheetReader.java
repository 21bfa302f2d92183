package com.cptracker.transfer;

import com.cptracker.transfer.Spreadsheet.Cell;
import com.cptracker.transfer.Spreadsheet.Kind;
import com.cptracker.transfer.Spreadsheet.Row;
import com.cptracker.transfer.Spreadsheet.Sheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

/**
 * The one reading of an uploaded spreadsheet, an Excel workbook (.xlsx) or a CSV file, for every upload. It reads the
 * workbook's XML as a stream (so a sheet of a hundred thousand rows costs little memory) and refuses, with a message
 * saying what to fix, what it cannot read faithfully: a file that is not a workbook, an older .xls, one over the size
 * limit or unpacking to far more than it weighs (a zip bomb), a formula or an error in a cell, merged cells, too many
 * rows. Each cell keeps its type: a number is never read from text here, nor text from a number.
 */
@Component
@EnableConfigurationProperties(TransferProperties.class)
public class SpreadsheetReader {

    private final TransferProperties limits;

    public SpreadsheetReader(TransferProperties limits) {
        this.limits = limits;
    }

    public Spreadsheet read(String fileName, byte[] content) {
        String name = name(fileName);
        return switch (refuseUnreadable(fileName, content)) {
            case OOXML -> xlsx(name, content);
            default -> csv(name, content);
        };
    }

    /**
     * Refuses at once, without reading it, a file that is empty, too large, or neither a workbook (.xlsx) nor a file
     * named .csv; gives which it is.
     */
    public FileMagic refuseUnreadable(String fileName, byte[] content) {
        String name = name(fileName);
        if (content == null || content.length == 0) {
            throw new SpreadsheetRefused("Choose a file: " + name + " is empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new SpreadsheetRefused(
                    name + " is larger than " + megabytes(limits.maxFileSize().toBytes())
                            + ". Split it into smaller files, or remove what is not needed");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OOXML) {
            return magic;
        }
        if (magic == FileMagic.OLE2) {
            throw new SpreadsheetRefused(name + " is an older Excel file (.xls) or is protected by a password. "
                    + "Open it in Excel and save it as an Excel Workbook (.xlsx) without a password");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return FileMagic.UNKNOWN;
        }
        throw new SpreadsheetRefused(name + " is not an Excel workbook (.xlsx) or a CSV file. "
                + "Save it from your spreadsheet program as an Excel Workbook (.xlsx)");
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
    }

    private Spreadsheet xlsx(String name, byte[] content) {
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedSize().toBytes());
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheetXml = it.next()) {
                    String sheetName = it.getSheetName();
                    XlsxSheetHandler handler = new XlsxSheetHandler(sheetName, strings, styles, limits.maxRows());
                    parser().parse(new InputSource(sheetXml), handler);
                    sheets.add(new Sheet(sheetName, handler.rows()));
                }
            }
            return new Spreadsheet(name, List.copyOf(sheets));
        } catch (SpreadsheetRefused e) {
            throw e;
        } catch (Exception e) {
            throw refusal(name, e);
        }
    }

    /** What to say about a workbook that could not be read, from what POI found. */
    private static SpreadsheetRefused refusal(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SpreadsheetRefused r) {
                return r;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("max entry size")) {
                return new SpreadsheetRefused(name + " unpacks to far more than its size, as no spreadsheet does. "
                        + "It may be damaged or harmful: save your data into a new workbook from the template");
            }
        }
        return new SpreadsheetRefused(name + " cannot be read as an Excel workbook: it may be damaged. "
                + "Open it in Excel and save it again as an Excel Workbook (.xlsx)");
    }

    private Spreadsheet csv(String name, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SpreadsheetRefused(
                    name + " is not saved as UTF-8 text. Save it as \"CSV UTF-8\" and upload it again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (Reader in = new StringReader(text)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                int number = (int) record.getRecordNumber();
                if (number > limits.maxRows()) {
                    throw tooManyRows(name, limits.maxRows());
                }
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (!v.isBlank()) {
                        cells.add(new Cell(c, Kind.TEXT, v.strip(), null, null));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new Row(number, List.copyOf(cells)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetRefused r) {
                throw r;
            }
            throw new SpreadsheetRefused(name + " is not a well-formed CSV file: a quoted cell may not be closed");
        }
        String sheet = name.replaceFirst("(?i)\\.csv$", "");
        return new Spreadsheet(name, List.of(new Sheet(sheet, List.copyOf(rows))));
    }

    static SpreadsheetRefused tooManyRows(String sheet, int most) {
        return new SpreadsheetRefused(
                String.format(Locale.UK, "%s has more than %,d rows. Split it into smaller files", sheet, most));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,d MB", bytes / (1024 * 1024));
    }

    private static SAXParser parser() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newSAXParser();
    }
}
