package com.cptracker.governance.domain;

/**
 * A group or partner of a strategy's governance as its administrator's lists handle it: in its place in the list, and
 * archived (left out of the board's pages) rather than deleted.
 */
public interface ListedItem {

    Long getId();

    String getName();

    int getPosition();

    void moveTo(int position);

    boolean isArchived();

    void setArchived(boolean archived);

    long getVersion();
}
