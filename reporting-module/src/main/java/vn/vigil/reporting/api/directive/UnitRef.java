package vn.vigil.reporting.api.directive;

import java.io.Serializable;

/** A unit of the committee as lists show it: a member department or a commune People's Committee. */
public record UnitRef(long id, String code, String name, boolean commune) implements Serializable {}
