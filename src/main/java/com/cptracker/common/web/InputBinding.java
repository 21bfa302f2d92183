package com.cptracker.common.web;

import java.beans.PropertyEditorSupport;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** How every form is bound, for every page that takes input. */
@ControllerAdvice
class InputBinding {

    private final LocalValidatorFactoryBean validator;

    InputBinding(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    /**
     * Control characters nobody can type (NUL, escape, bell) are dropped, since the database refuses NUL and the others
     * only corrupt pages and exports. Tabs and line breaks stay.
     */
    @InitBinder
    void dropControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }
        });
    }

    /**
     * Bean Validation itself, rather than the adapter Spring Boot puts around it: when one field of a form record cannot
     * be converted (a number typed as "two"), Spring validates the record's other fields one by one, so that every
     * problem is listed at once, but only with a validator that can check a single value, which the adapter cannot.
     */
    @InitBinder
    void validateEveryField(WebDataBinder binder) {
        if (binder.getTarget() == null) {
            binder.replaceValidators(validator);
        }
    }

    static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }
}
