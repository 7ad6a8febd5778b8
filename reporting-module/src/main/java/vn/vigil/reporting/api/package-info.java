/**
 * Read models for people who watch rather than act: dashboards now, periodic committee reports later. Reporting
 * has no domain of its own; it reads other modules through their {@code api} packages and never sees identities.
 */
package vn.vigil.reporting.api;
