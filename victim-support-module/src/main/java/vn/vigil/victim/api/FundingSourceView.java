package vn.vigil.victim.api;

import java.io.Serializable;

public record FundingSourceView(long id, long version, FundingSourceKind kind, String name, boolean active)
        implements Serializable {}
