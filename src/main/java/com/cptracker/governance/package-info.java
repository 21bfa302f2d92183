/**
 * A strategy's governance: its boards, committees and workstream groups, who reports to whom ({@code governance_body}),
 * and its partner organisations ({@code partner_organisation}). Other modules read them through
 * {@link GovernanceService}; the administration screens change them only through {@link GovernanceAdminService}, which
 * audits every change.
 */
package com.cptracker.governance;
