package com.cptracker.audit.web;

import com.cptracker.common.web.DateInput;

/**
 * What an administrator narrows the audit trail to, from the query string: who, which kind of item, which item, and
 * from and to which day. Each may be left blank.
 */
record AuditFilter(String user, String item, Long itemId, DateInput from, DateInput to) {

    AuditFilter {
        from = from == null ? DateInput.blank() : from;
        to = to == null ? DateInput.blank() : to;
    }
}
