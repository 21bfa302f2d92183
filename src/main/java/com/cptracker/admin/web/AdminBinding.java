package com.cptracker.admin.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What administration forms receive as text: control characters nobody can type (NUL, escape, bell) are dropped, since
 * the database refuses NUL and the others only corrupt pages and exports. Tabs and line breaks stay.
 */
@ControllerAdvice(basePackageClasses = AdminBinding.class)
class AdminBinding {

    @InitBinder
    void dropControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }
        });
    }

    static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }
}
