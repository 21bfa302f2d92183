package com.cptracker.users;

/** What a signed-in person may do. A person may hold more than one role. */
public enum Role {
    BOARD_MEMBER("Board member"),
    OFFICER("Officer"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. ROLE_OFFICER. */
    public String authority() {
        return "ROLE_" + name();
    }
}
