package vn.vigil.core.api;

/**
 * Fired after migrations when demo data is switched on ({@code vigil.demo-data=true}). Each module loads its own
 * demo data, once: observers must do nothing when their data is already there.
 */
public record DemoDataRequested() {}
