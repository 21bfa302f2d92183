package com.cptracker.work.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No quarter of the strategy is open for updates, so there is nothing to update: the page says so (409). */
@ResponseStatus(HttpStatus.CONFLICT)
class NoOpenQuarterException extends RuntimeException {

    NoOpenQuarterException(String slug) {
        super("No open quarter in " + slug);
    }
}
