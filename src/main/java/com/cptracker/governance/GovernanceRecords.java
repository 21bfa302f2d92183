package com.cptracker.governance;

/** Views of governance for other modules and pages. */
public final class GovernanceRecords {

    private GovernanceRecords() {}

    public record Partner(long id, String name, String description) {}

    public record Body(
            long id,
            String name,
            BodyKind kind,
            String description,
            String membership,
            String chairTitle,
            Long reportsToId,
            String reportsToName) {}

    public record NewPartner(String key, String name, String description) {}

    public record NewBody(
            String key,
            String name,
            BodyKind kind,
            String description,
            String membership,
            String chairTitle,
            String reportsToKey) {}
}
