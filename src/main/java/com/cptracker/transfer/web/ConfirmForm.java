package com.cptracker.transfer.web;

/** The confirmation of an upload's preview: the fingerprint of what the preview showed. */
record ConfirmForm(String fingerprint) {}
