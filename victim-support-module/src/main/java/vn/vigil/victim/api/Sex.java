package vn.vigil.victim.api;

public enum Sex {
    FEMALE,
    MALE,
    OTHER
}
