package vn.vigil.victim.api;

public record FundingSourceCommand(FundingSourceKind kind, String name, Boolean active) {}
