package com.cptracker.transfer.web;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded file, as every upload form posts it: one file input called "file". */
record UploadForm(MultipartFile file) {

    boolean chosen() {
        return file != null && !file.isEmpty();
    }

    String name() {
        return file == null || file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
    }
}
