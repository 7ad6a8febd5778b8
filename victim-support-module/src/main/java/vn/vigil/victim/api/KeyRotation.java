package vn.vigil.victim.api;

import java.io.Serializable;

/** One batch of identity rows re-encrypted with the current key, and how many still use an older one. */
public record KeyRotation(int rotated, long remaining, int currentVersion) implements Serializable {}
