package com.cptracker.governance;

/** What an administrator enters about a governance body or a partner, and what an edit starts from. */
public final class GovernanceEdits {

    private GovernanceEdits() {
    }

    public record BodyFields(String name, BodyKind kind, String description, String membership, String chairTitle,
                             Long reportsToId) {
    }

    public record BodyEdit(long id, BodyFields fields, long version) {
    }

    public record PartnerFields(String name, String description) {
    }

    public record PartnerEdit(long id, PartnerFields fields, long version) {
    }
}
