package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser session without a browser: keeps cookies and signs in through the Faces login form. */
final class WebSession {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form\\b[^>]*\\bid=\"loginForm\"[^>]*>.*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final CookieManager cookies;
    private final HttpClient client;
    /** The server this session speaks to: null for the tested one. */
    private final String base;

    WebSession() {
        this(new CookieManager(null, CookiePolicy.ACCEPT_ALL), null);
    }

    private WebSession(CookieManager cookies, String base) {
        this.cookies = cookies;
        this.client = Vigil.client().cookieHandler(cookies).build();
        this.base = base;
    }

    /** The same browser (its cookies) speaking to another server of the deployment, at {@code base}. */
    WebSession on(String base) {
        return new WebSession(cookies, base);
    }

    /** The value of one of this session's cookies, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Gives one of this session's cookies another value (a forged cookie). */
    void setCookie(String name, String value) {
        var store = cookies.getCookieStore();
        for (java.net.URI uri : store.getURIs()) {
            for (java.net.HttpCookie cookie : store.get(uri)) {
                if (cookie.getName().equals(name)) {
                    java.net.HttpCookie forged = (java.net.HttpCookie) cookie.clone();
                    forged.setValue(value);
                    store.remove(uri, cookie);
                    store.add(uri, forged);
                }
            }
        }
        assertThat(cookie(name)).as("cookie " + name + " replaced").isEqualTo(value);
    }

    /** Signs in as the account and lands on the home page, as a person would. */
    static WebSession signedInAs(DemoAccount account) {
        return signedInAs(account.username);
    }

    /** Signs in as a demo user by name (the password every demo account has). */
    static WebSession signedInAs(String username) {
        return signedIn(new WebSession(), username);
    }

    /** Signs in on the server at {@code base} (another server of the deployment). */
    static WebSession signedInAt(String base, String username) {
        return signedIn(new WebSession(new CookieManager(null, CookiePolicy.ACCEPT_ALL), base), username);
    }

    private static WebSession signedIn(WebSession session, String username) {
        HttpResponse<String> afterPost = session.submitLogin(username, Vigil.PASSWORD);
        assertThat(afterPost.statusCode())
                .as("sign-in of %s answers with a redirect", username)
                .isEqualTo(302);
        assertThat(afterPost.headers().firstValue("Location"))
                .as("sign-in of %s leads home", username)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/index.xhtml"));
        HttpResponse<String> home = session.get("/index.xhtml");
        assertThat(home.statusCode()).as("home page of %s", username).isEqualTo(200);
        return session;
    }

    /**
     * Opens the login page and posts its form as a browser would: the hidden fields Faces wrote (the view state and
     * the form's own marker), the credentials and the sign-in button. Returns the answer to the post.
     */
    HttpResponse<String> submitLogin(String username, String password) {
        return submitLogin(username, password, true);
    }

    /** The login form posted with or without the nonce a browser's PrimeFaces script would add. */
    HttpResponse<String> submitLogin(String username, String password, boolean withNonce) {
        HttpResponse<String> loginPage = get("/login.xhtml");
        assertThat(loginPage.statusCode()).as("login page").isEqualTo(200);
        String policy = withNonce
                ? loginPage.headers().firstValue("Content-Security-Policy").orElse("")
                : "";
        Map<String, String> fields = loginFields(loginPage.body(), policy, username, password);
        return post(loginAction(loginPage.body()), fields);
    }

    /**
     * The fields a browser posts from the login page: the hidden fields Faces wrote (the view state and the form's
     * own marker), the nonce of the page's Content-Security-Policy (which PrimeFaces' script adds to every post it
     * sends; none when {@code policy} is empty), the credentials and the sign-in button.
     */
    static Map<String, String> loginFields(String loginPage, String policy, String username, String password) {
        Matcher form = LOGIN_FORM.matcher(loginPage);
        assertThat(form.find()).as("the login page has the login form").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(form.group());
        while (hidden.find()) {
            fields.put(attribute(hidden.group(), NAME), attribute(hidden.group(), VALUE));
        }
        assertThat(fields).as("hidden fields of the login form").containsKey("jakarta.faces.ViewState");
        Matcher nonce = NONCE.matcher(policy);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signIn", "");
        return fields;
    }

    /** Where the login page's form posts. */
    static String loginAction(String loginPage) {
        Matcher form = LOGIN_FORM.matcher(loginPage);
        assertThat(form.find()).as("the login page has the login form").isTrue();
        return attribute(form.group(), ACTION).replace("&amp;", "&");
    }

    /** Form fields, URL-encoded as a browser posts them. */
    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> get(String path) {
        return Vigil.send(client, request(path).GET().build());
    }

    /** A JSON request carrying this session's cookies, with extra headers such as Origin. */
    HttpResponse<String> sendJson(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Vigil.send(client, request.build());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, new String[0]);
    }

    private HttpRequest.Builder request(String path) {
        return base == null
                ? Vigil.request(path)
                : HttpRequest.newBuilder(java.net.URI.create(base + path)).timeout(Vigil.TIMEOUT);
    }

    /** A form posted with this session's cookies, with extra headers (name, value pairs) such as Faces-Request. */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Vigil.send(client, request.build());
    }

    private static String attribute(String tag, Pattern attribute) {
        Matcher m = attribute.matcher(tag);
        assertThat(m.find()).as("%s in %s", attribute.pattern(), tag).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
