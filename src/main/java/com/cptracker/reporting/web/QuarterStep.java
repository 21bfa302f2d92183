package com.cptracker.reporting.web;

/** The step of a quarter's life a button on the quarters page takes, and what the page then says was done. */
enum QuarterStep {
    OPEN("opened for updates"),
    CLOSE("closed"),
    PUBLISH("published to the board"),
    CORRECT("correction published to the board");

    private final String done;

    QuarterStep(String done) {
        this.done = done;
    }

    String done() {
        return done;
    }
}
