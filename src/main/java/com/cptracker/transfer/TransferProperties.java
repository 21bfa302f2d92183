package com.cptracker.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cptracker.transfer}: the limits on an uploaded spreadsheet.
 *
 * @param maxFileSize The largest file accepted (a workbook or CSV file); a larger one is refused with a message.
 * @param maxRows The most rows a sheet may have.
 * @param maxUnpackedSize The most a workbook may unpack to: a file that claims more (a "zip bomb") is refused.
 */
@ConfigurationProperties("cptracker.transfer")
public record TransferProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("200MB") DataSize maxUnpackedSize) {

    /** The limits when none are configured. */
    public static TransferProperties defaults() {
        return new TransferProperties(DataSize.ofMegabytes(10), 200_000, DataSize.ofMegabytes(200));
    }
}
