package com.cptracker.audit;

/** One field's value before and after a change, as text. */
public record Change(String field, String before, String after) {}
