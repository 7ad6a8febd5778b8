package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The main forms of the pages under hostile input: the establishment form (the registry's entry point) and the
 * reception of a victim (the most sensitive one), each filled in every text, number, date and choice-by-typing field
 * with a value of the hostile corpus and saved with its own button, as PrimeFaces' script posts it (an Ajax post of
 * the whole form with the page's nonce). Every answer is a partial page: no error, no 5xx, no stack trace or class
 * name, the value never written back unescaped, and the page says why it refused (or saved).
 */
class PageFormHostileIT {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*>");
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|com\\.ibm\\.|org\\.hibernate|org\\.postgresql|"
                    + "SQLState|syntax error at or near|SRVE\\d|ERROR: ");
    private static final Pattern ERROR_PAGES = Pattern.compile("errorPages:\\{[^}]*}");

    /**
     * The growl's messages, as a string in its script (quotes and slashes escaped by PrimeFaces, so nothing ends the
     * script), which it shows as text when it is told to escape: the one place a refused value may stand as typed.
     */
    private static final Pattern GROWL =
            Pattern.compile("<script\\b[^>]*>PrimeFaces\\.cw\\(\"Growl\".*?</script>", Pattern.DOTALL);

    record Form(String account, String page, String form, String button) {}

    private static final List<Form> FORMS = List.of(
            new Form("inspector", "/inspection/establishment-edit.xhtml", "establishmentForm", "save"),
            new Form("caseworker", "/victim/receive.xhtml", "receiveForm", "save"));

    @Test
    void hostileValuesInTheMainFormsAreRefusedOrSavedButNeverBreakThePage() {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < HostileValues.SEEDS.size(); i += 3) {
            values.add(HostileValues.SEEDS.get(i));
        }
        List<String> wrong = new ArrayList<>();
        int posts = 0;
        int fields = 0;
        for (Form form : FORMS) {
            WebSession session = WebSession.signedInAs(form.account());
            for (String value : values) {
                HttpResponse<String> page = session.get(form.page());
                assertThat(page.statusCode()).as(form.page()).isEqualTo(200);
                Map<String, String> filled = fill(page.body(), form.form(), value);
                fields = Math.max(fields, filled.size());
                String source = form.form() + ":" + form.button();
                filled.put("jakarta.faces.partial.ajax", "true");
                filled.put("jakarta.faces.source", source);
                filled.put("jakarta.faces.partial.execute", "@all");
                filled.put("jakarta.faces.partial.render", form.form());
                filled.put(source, source);
                Matcher nonce = NONCE.matcher(
                        page.headers().firstValue("Content-Security-Policy").orElse(""));
                if (nonce.find()) {
                    filled.put("primefaces.nonce", nonce.group(1));
                }
                HttpResponse<String> answer =
                        session.post(form.page(), filled, "Faces-Request", "partial/ajax", "Accept-Language", "vi");
                posts++;
                String body = ERROR_PAGES.matcher(answer.body()).replaceAll("");
                Matcher leak = LEAK.matcher(body);
                String what = form.page() + " ← " + (value.length() > 50 ? value.substring(0, 50) + "…" : value) + " → "
                        + answer.statusCode();
                if (answer.statusCode() != 200 || !body.contains("<partial-response")) {
                    wrong.add(what + ": not a partial page " + body.substring(0, Math.min(200, body.length())));
                } else if (body.contains("<error>")) {
                    wrong.add(what + ": an error in the partial page " + body);
                } else if (leak.find()) {
                    wrong.add(what + " leaks: "
                            + body.substring(Math.max(0, leak.start() - 60), Math.min(body.length(), leak.end() + 60)));
                } else if (growlsThatDoNotEscape(body)) {
                    wrong.add(what + ": a growl shows its messages as HTML");
                } else if (value.contains("<")
                        && GROWL.matcher(body).replaceAll("").contains(value)) {
                    int at = body.indexOf(value);
                    wrong.add(what + ": the value is written back unescaped: "
                            + body.substring(
                                    Math.max(0, at - 300), Math.min(body.length(), at + value.length() + 100)));
                } else if (!body.contains("ui-message") && !body.contains("<redirect")) {
                    wrong.add(what + ": the page says nothing");
                }
            }
        }
        System.out.printf(
                "[forms] %d hostile posts into %d forms (up to %d fields each): %d wrong%n",
                posts, FORMS.size(), fields, wrong.size());
        assertThat(wrong).as("form posts that failed, leaked or said nothing").isEmpty();
    }

    private static boolean growlsThatDoNotEscape(String body) {
        Matcher growl = GROWL.matcher(body);
        while (growl.find()) {
            if (!growl.group().contains("escape:true")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form's fields as a browser would send them, every field a person types into holding {@code value}: hidden
     * fields as written, the first choice of each list, check boxes left unticked.
     */
    private static Map<String, String> fill(String page, String formId, String value) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertThat(start).as("the form %s", formId).isNotNegative();
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String name = group(NAME, input.group());
            String type = group(TYPE, input.group());
            if (name == null || type.equals("checkbox") || type.equals("radio") || type.equals("submit")) {
                continue;
            }
            String written = group(VALUE, input.group());
            boolean typed = !type.equals("hidden") && !type.equals("file");
            fields.put(name, typed ? value : written == null ? "" : written.replace("&amp;", "&"));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = group(NAME, select.group().substring(0, select.group().indexOf('>') + 1));
            Matcher option = OPTION.matcher(select.group(1));
            if (name != null) {
                fields.put(name, option.find() ? option.group(1) : "");
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            String name = group(NAME, textarea.group());
            if (name != null) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    private static String group(Pattern pattern, String tag) {
        Matcher m = pattern.matcher(tag);
        return m.find() ? m.group(1) : tag.contains("type=") ? null : pattern == TYPE ? "text" : null;
    }
}
