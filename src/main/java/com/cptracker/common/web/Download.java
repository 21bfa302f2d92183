package com.cptracker.common.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a file is sent: written whole before anything is sent (so that a failure is an error page rather than
 * half a file), with its type and its name as the person's computer will save it, and kept out of every cache (it holds
 * the council's data).
 */
public final class Download {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Download() {}

    /** A file to save. */
    public static ResponseEntity<byte[]> attachment(byte[] file, MediaType type, String fileName) {
        return send(file, type, ContentDisposition.attachment().filename(fileName));
    }

    /** A file the browser may show itself, such as a PDF. */
    public static ResponseEntity<byte[]> inline(byte[] file, MediaType type, String fileName) {
        return send(file, type, ContentDisposition.inline().filename(fileName));
    }

    private static ResponseEntity<byte[]> send(byte[] file, MediaType type, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file);
    }
}
