package vn.vigil.web.ui;

import java.io.Serializable;

/** Something picked in an auto-complete (a person, a team, a commune): its id and the label shown. */
public record Choice(long id, String label) implements Serializable {}
