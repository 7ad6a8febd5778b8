package vn.vigil.web.ui.registry;

import java.io.Serializable;

/** An establishment offered by the schedule dialog's auto-complete. */
public record EstablishmentChoice(long id, String name, String address) implements Serializable {}
