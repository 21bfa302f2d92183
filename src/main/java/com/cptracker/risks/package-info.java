/**
 * A strategy's issues and risks log: items raised by anyone on the board or the officer group, each an issue or a
 * risk with an owner, a rating on the council's own scale ({@link RiskScaleAdminService}, steps of
 * {@link com.cptracker.scale.ScaleStep}), dated mitigations, a status and a review date, linked to priorities, themes
 * and actions. Every step is a dated entry, never overwritten ({@link RiskService}), so that the log reads as it stood
 * at any moment ({@link RiskLogService#openAsAt}: the board pack at a quarter's publication). Audited.
 */
package com.cptracker.risks;
