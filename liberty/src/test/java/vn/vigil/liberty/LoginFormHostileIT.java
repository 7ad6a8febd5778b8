package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login form under hostile user names and passwords: a third of the seeds of the hostile corpus (script, EL,
 * SQL, path, Unicode tricks, NUL), a few of their disguises, and the huge strings, typed into the page's form and posted as a
 * browser would, from addresses of the test's own (so the throttle of 127.0.0.1 is untouched). Each is refused with
 * the login page in the user's language: no 5xx, no stack trace or class name, the name never shown back unescaped;
 * no account is locked by it and the demo accounts still sign in.
 */
class LoginFormHostileIT {

    /** Attempts from one address before the next: below the address's burst, so each is really checked. */
    private static final int PER_ADDRESS = 12;

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|com\\.ibm\\.|org\\.hibernate|org\\.postgresql|"
                    + "SQLState|syntax error at or near|SRVE\\d|ERROR: ");
    private static final Pattern ERROR_PAGES = Pattern.compile("errorPages:\\{[^}]*}");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String FAILED = "Tên đăng nhập hoặc mật khẩu không đúng";
    private static final String THROTTLED = "Đăng nhập tạm thời bị khóa";
    private static final String NAME_REQUIRED = "Vui lòng nhập tên đăng nhập";

    @Test
    void hostileNamesAndPasswordsAreRefusedWithTheLoginPageAndLockNoOne() throws Exception {
        List<String> values = values();
        long lockedBefore = lockedAccounts();
        List<String> wrong = new ArrayList<>();
        int[] byOutcome = new int[4];
        String address = FromAddress.next();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0 && i % PER_ADDRESS == 0) {
                address = FromAddress.next();
            }
            String value = values.get(i);
            FromAddress.Answer page = FromAddress.send(address, "GET", "/login.xhtml", null, "Accept-Language", "vi");
            assertThat(page.status()).as("the login page").isEqualTo(200);
            String session = page.cookie("VIGILSESSION");
            // the name and the password are both the hostile value, as a form filled by a script would send
            String body = WebSession.formBody(
                    WebSession.loginFields(page.body(), page.header("Content-Security-Policy"), value, value));
            FromAddress.Answer answer = FromAddress.send(
                    address,
                    "POST",
                    WebSession.loginAction(page.body()),
                    body,
                    "Content-Type",
                    FORM,
                    "Accept-Language",
                    "vi",
                    "Cookie",
                    "VIGILSESSION=" + session);
            String what = "#" + i + " " + shown(value) + " → " + answer.status();
            // PrimeFaces' own settings name the error pages by exception class: not a leak
            var leak = LEAK.matcher(ERROR_PAGES.matcher(answer.body()).replaceAll(""));
            if (answer.status() >= 300) {
                wrong.add(what + ": not the login page again");
            } else if (leak.find()) {
                wrong.add(what + " leaks: "
                        + answer.body()
                                .substring(
                                        Math.max(0, leak.start() - 60),
                                        Math.min(answer.body().length(), leak.end() + 60)));
            } else if (value.contains("<") && answer.body().contains(value.strip())) {
                wrong.add(what + ": the value is shown back unescaped");
            } else if (answer.body().contains(FAILED)) {
                byOutcome[0]++;
            } else if (answer.body().contains(THROTTLED)) {
                byOutcome[1]++;
            } else if (answer.body().contains(NAME_REQUIRED)) {
                byOutcome[2]++; // a name of nothing but spaces, or of what the form drops
            } else {
                wrong.add(what + ": no message saying why");
            }
        }
        System.out.printf(
                "[login] %d hostile names and passwords posted on the login form: %d refused as wrong, %d throttled,"
                        + " %d refused as empty, %d wrong%n",
                values.size(), byOutcome[0], byOutcome[1], byOutcome[2], wrong.size());
        assertThat(wrong).as("answers that failed, leaked or said nothing").isEmpty();
        assertThat(byOutcome[0])
                .as("refused as wrong credentials, each checked")
                .isGreaterThan(values.size() / 2);
        assertThat(lockedAccounts()).as("accounts locked by the hostile names").isEqualTo(lockedBefore);
        WebSession.signedInAs("inspector");
        WebSession.signedInAs("admin");
    }

    @Test
    void aFormPostedAfterItsSessionEndedGetsAFreshLoginPageSayingSo() {
        String address = FromAddress.next();
        FromAddress.Answer page = FromAddress.send(address, "GET", "/login.xhtml", null, "Accept-Language", "vi");
        String body = WebSession.formBody(WebSession.loginFields(
                page.body(), page.header("Content-Security-Policy"), "inspector", "Sai-mat-khau-1"));
        String action = WebSession.loginAction(page.body());
        // the page's session is gone: the browser sends no session cookie, or one the server no longer knows
        for (String cookie : new String[] {null, "VIGILSESSION=0000nothere:gone"}) {
            FromAddress.Answer posted = cookie == null
                    ? FromAddress.send(address, "POST", action, body, "Content-Type", FORM)
                    : FromAddress.send(address, "POST", action, body, "Content-Type", FORM, "Cookie", cookie);
            assertThat(posted.status())
                    .as("a post after the session ended (%s), %s", cookie, posted.body())
                    .isEqualTo(302);
            assertThat(posted.header("Location")).endsWith("/login.xhtml?expired=true");
        }
        FromAddress.Answer ajax =
                FromAddress.send(address, "POST", action, body, "Content-Type", FORM, "Faces-Request", "partial/ajax");
        assertThat(ajax.status()).isEqualTo(200);
        assertThat(ajax.body()).contains("<partial-response><redirect url=\"").contains("/login.xhtml?expired=true");

        FromAddress.Answer fresh =
                FromAddress.send(address, "GET", "/login.xhtml?expired=true", null, "Accept-Language", "vi");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.body()).contains("Phiên làm việc trước đã kết thúc");
    }

    /**
     * Every third seed of the corpus (each kind of attack is there), the first three in three disguises, and the huge
     * strings: each wrong sign-in costs a real password check (about 0.25 s here, by design), so the form gets a
     * sample where the JSON API gets the whole corpus ({@link HostileInputIT}).
     */
    private static List<String> values() {
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < HostileValues.SEEDS.size(); i += 3) {
            values.add(HostileValues.SEEDS.get(i));
        }
        for (String seed : HostileValues.SEEDS.subList(0, 3)) {
            values.add(Normalizer.normalize(seed, Normalizer.Form.NFD));
            values.add(HostileValues.fullWidth(seed));
            values.add(seed.charAt(0) + "\u200b" + seed.substring(1));
        }
        values.addAll(HostileValues.HUGE);
        return List.copyOf(values);
    }

    /** Accounts whose sign-in is refused for now (none should be, from names nobody has). */
    private static long lockedAccounts() throws Exception {
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from core.user_account where not enabled")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
    }
}
