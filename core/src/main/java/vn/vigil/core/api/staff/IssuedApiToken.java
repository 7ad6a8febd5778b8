package vn.vigil.core.api.staff;

/** A token just issued, with its secret: the only time Vigil ever hands the secret out. */
public record IssuedApiToken(String secret, ApiTokenView token) {

    /** Keeps the secret out of logs that print the record. */
    @Override
    public String toString() {
        return "IssuedApiToken[secret=" + token.prefix() + "…, token=" + token + "]";
    }
}
