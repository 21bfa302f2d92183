package com.cptracker.transfer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file, as every upload form posts it: one file input called "file". */
record UploadForm(MultipartFile file) {

    boolean chosen() {
        return file != null && !file.isEmpty();
    }

    byte[] bytes() {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return file == null || file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
    }
}
