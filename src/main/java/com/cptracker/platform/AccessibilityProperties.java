package com.cptracker.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.accessibility}: how the accessibility statement names the council running the tracker and where
 * people report accessibility problems.
 *
 * @param organisation The council's name, as the accessibility statement gives it ("This service is run by ...").
 * @param contactEmail Address for reporting accessibility problems and asking for content in another format. Unset or
 *     blank, the statement gives no address and sends people to the officer who supports them.
 */
@ConfigurationProperties("cptracker.accessibility")
record AccessibilityProperties(@DefaultValue("your council") String organisation, String contactEmail) {

    AccessibilityProperties {
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }
}
