package com.cptracker.admin.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The end of a successful save on an administration form: the "saved" banner, then back to the page named. */
final class Saved {

    private Saved() {}

    static String redirect(RedirectAttributes redirect, String message, String target) {
        redirect.addFlashAttribute("saved", message);
        return target;
    }
}
