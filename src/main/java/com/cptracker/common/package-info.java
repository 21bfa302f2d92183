/**
 * Shared kernel: value types and exceptions every feature module may use (reporting periods, not-found).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.cptracker.common;
