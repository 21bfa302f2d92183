/**
 * "You said, we did": what children and young people told a strategy's council (at a children in care council
 * meeting, in a survey, at a participation event), their words exactly as said with whether they agreed to their
 * words being shown, and what the council did in response, with its status and the promises, actions and measures it
 * answers. Only administrators change it, through {@link VoiceAdminService}, audited; every change is a dated state
 * kept beside the earlier ones, so that a published quarter's pack reads each entry as it stood then
 * ({@link VoiceService#asAt}).
 */
package com.cptracker.voice;
