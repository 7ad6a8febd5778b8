package vn.vigil.inspection.api;

import java.time.LocalDate;

/** Delivery of the decision; a refusal to receive it is recorded with what happened and counts as delivery. */
public record DeliveryCommand(LocalDate deliveredOn, boolean refused, String note) {}
