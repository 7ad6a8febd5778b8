package vn.vigil.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AccessRefusals;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.Authenticator;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.web.i18n.Bundles;

/**
 * One mechanism for both doors. People sign in on the Faces login page, which hands the credential over with
 * {@code SecurityContext.authenticate}; Liberty then keeps that login in its single sign-on cookie and hands it back
 * on every request, which this mechanism accepts as it is. API clients send a personal API token
 * ({@code Authorization: Bearer vgl_…}) or HTTP Basic credentials on each call.
 * An anonymous request for a protected page goes to the login page; one for the API gets 401 with a JSON problem.
 *
 * <p>Why not {@code @AutoApplySession}: on Liberty it logs the caller in anew on every request, and each such login
 * leaves a new Subject, LTPA token and credential in the authentication cache for ten minutes (one per request,
 * 4–35 KB each, measured: 14,146 of each after 15,000 requests, until the heap ran out). Accepting the session
 * subject the container restored costs nothing and creates nothing. Stateless Basic logins carry a cache key per
 * user and role set, so the container reuses one Subject for them instead of caching one per call.
 *
 * <p>Every password check goes through the {@link SignInThrottle} first, and right Basic credentials are remembered
 * briefly by digest ({@link BasicCredentialCache}), so neither a flood of wrong passwords nor a client that sends
 * its password on every call makes Vigil hash passwords all day.
 */
@ApplicationScoped
public class VigilAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page how many seconds a throttled person must wait. */
    public static final String THROTTLED_SECONDS = "vigil.signin.throttledSeconds";
    /** Session attribute: the user name a page session signed in to, so that any server can carry the session on. */
    public static final String SIGNED_IN = "vigil.signin.user";
    /**
     * How long a request waits for another request's check of the same credentials: the check itself waits at most
     * {@link SignInThrottle#CHECK_WAIT_MILLIS} for a permit, then hashes once (longer on a saturated server).
     */
    static final long SAME_CREDENTIALS_WAIT_MILLIS = 10 * SignInThrottle.CHECK_WAIT_MILLIS;

    /** Request attribute: every password check was busy (the attempt was not refused for wrong passwords). */
    public static final String CHECKS_BUSY = "vigil.signin.checksBusy";

    /** Request attribute with the wrong attempts on the name since its last sign-in ({@link SignInThrottle.Failures}). */
    public static final String FAILED_SINCE_LAST_SIGN_IN = "vigil.signin.failedSince";

    /** JASPIC's servlet profile: keep this login for the following requests (Liberty's SSO cookie). */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    /** Liberty's hash-table login key: logins with the same key share one cached Subject. */
    private static final String CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";

    /**
     * Looked up once: {@code Json.createObjectBuilder()} searches the class path for a provider on every call, which
     * under a flood of refusals was a measurable share of each one.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    BasicCredentialCache basicCache;

    @Inject
    ApiTokens apiTokens;

    @Inject
    RefusalDelay refusalDelay;

    @Inject
    AccessRefusals refusals;

    @Inject
    StaffDirectory staff;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestActorFilter.applySecurityHeaders(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return pageLogin(request, context, password);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            return basicLogin(
                    request,
                    response,
                    context,
                    decodeBasic(authorization.substring(6).trim()));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return tokenLogin(
                    request, response, context, authorization.substring(7).trim());
        }
        if (request.getUserPrincipal() != null) {
            // the login Liberty restored from its single sign-on cookie: nothing to redo
            return AuthenticationStatus.SUCCESS;
        }
        Optional<StaffMember> carried = signedInBySession(request);
        if (carried.isPresent()) {
            // a session another server of the deployment began (kept in the session store): the person is signed in
            // again from it, with the roles and state the account has now
            StaffMember member = carried.get();
            // and this server's own sign-on cookie replaces the other server's, which it cannot read
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            return context.notifyContainerAboutLogin(
                    member.username(),
                    member.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    /**
     * The account a page session was signed in to ({@link #SIGNED_IN}, set at the page sign-in, kept in the session
     * store with the rest of the session), if it may still sign in; empty otherwise, and for every API call.
     */
    private Optional<StaffMember> signedInBySession(HttpServletRequest request) {
        if (isApi(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof String username)) {
            return Optional.empty();
        }
        Optional<StaffMember> member = staff.findByUsername(username).filter(StaffMember::enabled);
        if (member.isEmpty()) {
            session.removeAttribute(SIGNED_IN);
        }
        return member;
    }

    private AuthenticationStatus pageLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusal(address, credential.getCaller());
        if (wait.isPresent()) {
            refusalDelay.hold();
            request.setAttribute(THROTTLED_SECONDS, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CredentialValidationResult> result =
                throttle.check(address, credential.getCaller(), () -> identityStores.validate(credential));
        if (result.isEmpty()) {
            refusalDelay.hold();
            request.setAttribute(CHECKS_BUSY, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.get().getStatus() != CredentialValidationResult.Status.VALID) {
            wrongPassword(address, credential.getCaller());
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(address, credential.getCaller());
        throttle.takeFailures(credential.getCaller())
                .ifPresent(failures -> request.setAttribute(FAILED_SINCE_LAST_SIGN_IN, failures));
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(result.get());
    }

    private AuthenticationStatus basicLogin(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            UsernamePasswordCredential credential) {
        String address = request.getRemoteAddr();
        if (credential == null) {
            wrongPassword(address, null);
            return unauthorized(request, response);
        }
        String name = credential.getCaller();
        Optional<Duration> wait = throttle.refusal(address, name);
        if (wait.isPresent()) {
            return tooManyAttempts(request, response, seconds(wait.get()));
        }
        char[] password = credential.getPassword().getValue();
        Optional<BasicCredentialCache.Caller> remembered =
                basicCache.findOrAwait(name, password, SAME_CREDENTIALS_WAIT_MILLIS);
        if (remembered.isPresent()) {
            return statelessLogin(context, remembered.get());
        }
        Runnable checked = basicCache.checking(name, password);
        if (checked == null) {
            // a client's many connections at once, as its remembered credentials expired: another of its requests
            // began the check a moment ago, and its answer serves this one too
            remembered = basicCache.findOrAwait(name, password, SAME_CREDENTIALS_WAIT_MILLIS);
            if (remembered.isPresent()) {
                return statelessLogin(context, remembered.get());
            }
            checked = () -> {};
        }
        try {
            Optional<CredentialValidationResult> result =
                    throttle.check(address, name, () -> identityStores.validate(credential));
            if (result.isEmpty()) {
                return tooManyAttempts(request, response, 1, "auth.busy");
            }
            if (result.get().getStatus() != CredentialValidationResult.Status.VALID) {
                wrongPassword(address, name);
                return unauthorized(request, response);
            }
            throttle.succeeded(address, name);
            BasicCredentialCache.Caller caller = new BasicCredentialCache.Caller(
                    result.get().getCallerPrincipal().getName(),
                    Set.copyOf(result.get().getCallerGroups()));
            basicCache.remember(name, password, caller);
            return statelessLogin(context, caller);
        } finally {
            checked.run();
        }
    }

    /**
     * A personal API token: one indexed look-up of its digest, no password hash. Wrong tokens count against the
     * client's address like wrong passwords, so nobody can try tokens in bulk either.
     */
    private AuthenticationStatus tokenLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String token) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusal(address, null);
        if (wait.isPresent()) {
            return tooManyAttempts(request, response, seconds(wait.get()));
        }
        Optional<Authenticator.SignedIn> signedIn = apiTokens.authenticate(token, address);
        if (signedIn.isEmpty()) {
            wrongPassword(address, null);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Vigil\", error=\"invalid_token\"");
            problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "auth.tokenRefused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Set<String> roles = signedIn.get().roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return statelessLogin(
                context, new BasicCredentialCache.Caller(signedIn.get().username(), roles));
    }

    /**
     * A login for this request only. Liberty turns it into a Subject and caches that Subject; giving the login a
     * cache key of the caller and the roles makes every later call of the same caller find that one Subject instead
     * of adding its own.
     */
    private static AuthenticationStatus statelessLogin(HttpMessageContext context, BasicCredentialCache.Caller caller) {
        AuthenticationStatus status = context.notifyContainerAboutLogin(caller.name(), caller.groups());
        String key = "vigil:" + caller.name() + ":" + new TreeSet<>(caller.groups());
        for (Hashtable<?, ?> login : context.getClientSubject().getPrivateCredentials(Hashtable.class)) {
            @SuppressWarnings("unchecked")
            Hashtable<String, Object> entries = (Hashtable<String, Object>) login;
            entries.put(CACHE_KEY, key);
        }
        return status;
    }

    /** A wrong password or token; the attempt that starts a lock has the lock audited. */
    private void wrongPassword(String address, String username) {
        throttle.failed(address, username)
                .ifPresent(lock ->
                        refusals.signInLocked(lock.username(), lock.address(), lock.onName(), seconds(lock.waitFor())));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Vigil\", charset=\"UTF-8\"");
        problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "auth.required");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A throttled REST attempt: its refusal is held a moment first ({@link RefusalDelay}), then sent as 429. */
    private AuthenticationStatus tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, long seconds) {
        return tooManyAttempts(request, response, seconds, "auth.throttled");
    }

    /** 429 with Retry-After: throttled for wrong attempts, or every password check busy for now ({@code auth.busy}). */
    private AuthenticationStatus tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, long seconds, String key) {
        refusalDelay.hold();
        response.setHeader("Retry-After", Long.toString(seconds));
        problem(request, response, 429, "Too Many Requests", key, seconds);
        return AuthenticationStatus.SEND_FAILURE;
    }

    static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String key,
            Object... args) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write(JSON.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", status)
                            .add("detail", Bundles.text(locale(request), key, args))
                            .build()
                            .toString());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    /**
     * English only when the caller asks for it before Vietnamese: without an Accept-Language header the servlet
     * container reports the server's own locale, which says nothing about the caller.
     */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if ("en".equals(locale.getLanguage())) {
                    return Bundles.ENGLISH;
                }
                if ("vi".equals(locale.getLanguage())) {
                    return Bundles.VIETNAMESE;
                }
            }
        }
        return Bundles.VIETNAMESE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(
                    decoded.substring(0, colon).toLowerCase(Locale.ROOT), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
