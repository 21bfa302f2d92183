/** The audit trail: every change to anything, who made it, when, and each field's old and new value. */
package com.cptracker.audit;
