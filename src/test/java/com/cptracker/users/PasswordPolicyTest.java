package com.cptracker.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Length and rarity, not composition: what the policy accepts and refuses, and why. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfAFewHundredCommonPasswords() {
        assertThat(policy.size()).isBetween(300, 2000);
        assertThat(policy.isCommon("Password1234")).as("ignoring case").isTrue();
        assertThat(policy.isCommon("demo-password"))
                .as("the demo accounts' own password")
                .isTrue();
    }

    @Test
    void refusesShortCommonAndUsernamePasswords() {
        assertThat(policy.problem("", "jo")).contains("Enter a password");
        assertThat(policy.problem("elevenchars", "jo")).contains("The password must be at least 12 characters long");
        assertThat(policy.problem("qwertyuiop123", "jo"))
                .hasValueSatisfying(m -> assertThat(m).contains("commonly"));
        assertThat(policy.problem("my name is jo.smith!", "jo.smith"))
                .contains("The password must not contain the username");
        assertThat(policy.problem("x".repeat(73), "jo")).contains("The password must be at most 64 characters long");
    }

    @Test
    void acceptsLongPasswordsWithoutCompositionRules() {
        assertThat(policy.problem("all lower case words", "jo")).isEmpty();
        assertThat(policy.problem("123456789012345678", "jo")).isEmpty();
        assertThat(policy.problem("twelve chars", "jo")).isEmpty();
        assertThat(policy.problem("ünïcödé wörds ärë fïnë", "jo")).isEmpty();
    }
}
