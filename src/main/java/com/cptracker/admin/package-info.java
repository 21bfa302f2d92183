/**
 * Administration: the screens under {@code /admin} on which administrators set up strategies, priorities and
 * statements, actions, measures with their targets and benchmarks, the promise, governance, partners and user
 * accounts. Only pages and forms live here, and no data: every change is checked, made and audited by the owning
 * module's {@code *AdminService}. No module depends on it.
 */
package com.cptracker.admin;
