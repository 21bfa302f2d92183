package com.cptracker.platform;

import com.cptracker.common.NotFoundException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns typed exceptions into the generic error pages; exception text never reaches a page. */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** An upload larger than any the application takes: nothing was read, so there is no form to show it beside. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    /**
     * A database failure. When the database cannot be reached, a friendly 503 (the transaction was rolled back, so
     * nothing is half-saved); any other database error is the generic 500 page. Never the exception's text.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    String databaseFailure(Exception e, HttpServletResponse response) {
        if (isOutage(e)) {
            log.warn("Database unavailable: {}", e.getClass().getSimpleName());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return "error/503";
        }
        log.error("Database error", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return "error/5xx";
    }

    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Connection is closed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
