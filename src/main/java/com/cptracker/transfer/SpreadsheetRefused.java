package com.cptracker.transfer;

import com.cptracker.common.RejectedInput;

/**
 * An uploaded file refused as a whole (not a workbook, too large, a zip bomb, the wrong template), with what to do
 * about it, to show beside the file's field. Nothing was changed.
 */
public class SpreadsheetRefused extends RejectedInput {

    public SpreadsheetRefused(String message) {
        super("file", message);
    }
}
