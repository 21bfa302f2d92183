/**
 * Administration: the screens on which the performance team sets up strategies, priorities, statements, actions,
 * measures and their targets, the promise, governance, partners and user accounts. Only pages live here; every change
 * is made, checked and audited by the owning module's services.
 */
package com.cptracker.admin;
