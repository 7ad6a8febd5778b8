package vn.vigil.victim.api;

import java.io.Serializable;

/** A person's identity as read (and audited) for one purpose; the photo, if any, as a data: URI. */
public record IdentityView(
        String caseCode, String fullName, String idNumber, String address, String phone, String photoDataUri)
        implements Serializable {}
