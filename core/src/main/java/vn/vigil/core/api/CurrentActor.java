package vn.vigil.core.api;

/** Who is acting right now: the signed-in user's name, or "system" for start-up and scheduled work. */
public interface CurrentActor {

    String SYSTEM = "system";

    /** A web request with nobody signed in. */
    String ANONYMOUS = "anonymous";

    String username();

    boolean hasRole(Role role);
}
