package com.cptracker.governance;

import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;

/** What an administrator enters about a governance body or a partner, and what an edit starts from. */
public final class GovernanceEdits {

    private GovernanceEdits() {}

    public record BodyFields(
            String name, BodyKind kind, String description, String membership, String chairTitle, Long reportsToId) {

        /** The body as pages and other modules read it, with these fields. */
        public Body body(long id, String reportsToName) {
            return new Body(id, name, kind, description, membership, chairTitle, reportsToId, reportsToName);
        }
    }

    public record BodyEdit(long id, BodyFields fields, boolean archived, long version) {}

    /** A line of the administrator's governance list, archived bodies included. */
    public record BodyRow(
            long id,
            String name,
            BodyKind kind,
            String reportsToName,
            String chairTitle,
            boolean archived,
            long version) {}

    /** A line of the administrator's partner list, archived partners included. */
    public record PartnerRow(long id, String name, String description, boolean archived, long version) {}

    public record PartnerFields(String name, String description) {

        /** The partner as pages and other modules read it, with these fields. */
        public Partner partner(long id) {
            return new Partner(id, name, description);
        }
    }

    public record PartnerEdit(long id, PartnerFields fields, boolean archived, long version) {}
}
