/**
 * Platform concerns shared by every page: the embedded database for local running, security, the page layout's
 * request attributes and error handling. Feature modules do not depend on it.
 */
package com.cptracker.platform;
