package com.cptracker.assessment.domain;

/** A criterion or a step of the scale as the administrator's lists handle it: in its place, archived not deleted. */
public interface FrameworkItem {

    Long getId();

    /** How the audit trail and messages name it. */
    String label();

    int getPosition();

    void moveTo(int position);

    boolean isArchived();

    void setArchived(boolean archived);

    long getVersion();
}
