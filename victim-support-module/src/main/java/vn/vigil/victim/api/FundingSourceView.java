package vn.vigil.victim.api;

public record FundingSourceView(long id, long version, FundingSourceKind kind, String name, boolean active) {}
