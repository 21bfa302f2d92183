/**
 * Getting a council's strategy and figures in and out as spreadsheets: the whole-strategy workbook (its template, an
 * export of a strategy in the same format, and its import as a new strategy or as an update matched by refs, with a
 * preview before anything changes), measures' values from a spreadsheet (an officer's open quarter from a template
 * of their measures, an administrator's history of any periods), and the one safe reading of an uploaded spreadsheet
 * that every upload uses. Every upload takes one path ({@code UploadJobs}): a check job that keeps a preview, then,
 * once confirmed, an apply job, all or nothing. It changes other modules' data only through their services, so every
 * rule and audit of the screens holds for an import too (values by the values page's own rules, {@code ValueRules}).
 */
package com.cptracker.transfer;
