package vn.vigil.victim.api;

/** What identifies a person; stored only encrypted, and only with consent to data processing. */
public record IdentityEntry(String fullName, String idNumber, String address, String phone) {}
