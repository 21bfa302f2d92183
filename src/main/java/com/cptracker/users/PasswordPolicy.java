package com.cptracker.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough (12 characters), short enough for the hash (72 bytes), not one of the
 * commonly used passwords, and not the username. No rules about mixing kinds of character: length and rarity matter,
 * composition rules only make passwords harder to remember.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads at most 72 bytes. */
    static final int MAXIMUM_BYTES = 72;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Why the password cannot be used, as a message to show beside the field; empty when it can. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("The password must be at least " + MINIMUM_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("The password must be at most 64 characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This is a commonly used password and easy to guess: choose a different one");
        }
        if (username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load(String path) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            in.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords " + path, e);
        }
        return Set.copyOf(words);
    }
}
