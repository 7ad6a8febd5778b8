package vn.vigil.core.application;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current web request was signed in with an API token, so that a token cannot issue tokens: a leaked
 * token must not be able to outlive its own expiry or revocation. Outside a request nothing is signed in by token.
 */
@RequestScoped
public class TokenSignIn {

    private boolean byToken;

    void set() {
        byToken = true;
    }

    boolean isSet() {
        return byToken;
    }

    /** Marks the current request, if there is one. */
    static void mark(TokenSignIn signIn) {
        try {
            signIn.set();
        } catch (ContextNotActiveException outsideARequest) {
            // start-up or scheduled work: nobody to mark
        }
    }

    /** Whether the current request, if there is one, was signed in with a token. */
    static boolean marked(TokenSignIn signIn) {
        try {
            return signIn.isSet();
        } catch (ContextNotActiveException outsideARequest) {
            return false;
        }
    }
}
