/**
 * An officer's work: the "My work" page of the actions they lead and the measures they own for the open quarter, the
 * progress update form, a quarter's values and an administrator's corrections. It holds no data of its own: updates
 * and values are saved by the actions and measures modules.
 */
package com.cptracker.work;
