/**
 * The audit trail ({@code audit_event}): every change to anything, who made it, when, and each field's old and new
 * value, written in the change's own transaction by {@link AuditService}, which every module that changes data calls.
 * Account changes and refused sign-ins arrive as events from the users module. Administrators read the trail on the
 * audit page.
 */
package com.cptracker.audit;
