package com.cptracker.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement that the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
 * Regulations 2018 require, in the form of GOV.UK's model statement. Open to everyone, signed in or not: a person who
 * cannot use the sign-in page must still be able to read it. The council running the tracker names itself and its
 * contact address with {@code cptracker.accessibility.organisation} and {@code cptracker.accessibility.contact-email}.
 */
@Controller
@EnableConfigurationProperties(AccessibilityProperties.class)
class AccessibilityStatementController {

    private final AccessibilityProperties properties;

    AccessibilityStatementController(AccessibilityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        model.addAttribute("organisation", properties.organisation());
        model.addAttribute("contactEmail", properties.contactEmail());
        return "accessibility";
    }
}
