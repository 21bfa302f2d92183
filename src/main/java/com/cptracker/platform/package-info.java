/**
 * Platform concerns shared by every page: security (form login, CSRF, Content-Security-Policy, security headers, the
 * session cookie, ending a changed account's sessions), the sign-in and accessibility statement pages, error pages,
 * the GOV.UK Frontend assets, and the embedded PostgreSQL for running on one's own machine, with the application then
 * listening on the loopback address only. Feature modules do not depend on it.
 */
package com.cptracker.platform;
