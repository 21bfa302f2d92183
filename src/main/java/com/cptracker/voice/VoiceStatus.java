package com.cptracker.voice;

/**
 * Where the council's response to what children said has got to: in the board's words, and in the words of the page
 * written for children and young people.
 */
public enum VoiceStatus {
    HEARD("Heard", "We heard you"),
    IN_PROGRESS("In progress", "We are working on it"),
    DONE("Done", "We did it");

    private final String label;
    private final String forChildren;

    VoiceStatus(String label, String forChildren) {
        this.label = label;
        this.forChildren = forChildren;
    }

    /** The board's and the administrator's word. */
    public String label() {
        return label;
    }

    /** How the children's page and leaflet say it. */
    public String forChildren() {
        return forChildren;
    }
}
