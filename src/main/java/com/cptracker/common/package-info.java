/**
 * Shared kernel: value types and exceptions every feature module may use (reporting periods, what a quarter's pages
 * show, typed figures, narrative text, and the not-found, concurrent-change and rejected-input exceptions). Open to
 * every module, and depends on none.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.cptracker.common;

import org.springframework.modulith.ApplicationModule;
