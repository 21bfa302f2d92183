/**
 * Shared kernel: value types and exceptions every feature module may use (reporting periods, not-found).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.cptracker.common;

import org.springframework.modulith.ApplicationModule;
