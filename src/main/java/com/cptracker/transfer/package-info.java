/**
 * Getting a council's strategy and figures in and out as spreadsheets: the whole-strategy workbook (its template, an
 * export of a strategy in the same format, and its import as a new strategy or as an update matched by refs, with a
 * preview before anything changes), and the one safe reading of an uploaded spreadsheet that every upload uses. It
 * changes other modules' data only through their administration services, so every rule and audit of the screens
 * holds for an import too.
 */
package com.cptracker.transfer;
