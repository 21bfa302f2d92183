/**
 * The action plan: a strategy's actions (tables {@code action}, {@code action_lead}, {@code action_partner}) with their
 * leads, partners and due dates, and the leads' quarterly progress updates ({@code progress_update}), drafted then
 * submitted. Other modules use {@link ActionService}, the status of every action in a quarter
 * ({@link ActionStatusService}) and the records they hand out; the administration screens change the plan only through
 * {@link ActionAdminService}, which audits every change.
 */
package com.cptracker.actions;
