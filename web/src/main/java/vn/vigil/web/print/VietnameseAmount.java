package vn.vigil.web.print;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sum of đồng as a Vietnamese document writes it: in figures with dots between thousands ("12.500.000") and in
 * words as read aloud ("Mười hai triệu năm trăm nghìn đồng"), with the customary "không trăm", "lẻ", "mốt", "tư" and
 * "lăm".
 */
public final class VietnameseAmount {

    private static final long BILLION = 1_000_000_000L;
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseAmount() {}

    /** "12.500.000". */
    public static String figures(long dong) {
        NumberFormat format = NumberFormat.getIntegerInstance(VIETNAMESE);
        format.setGroupingUsed(true);
        return format.format(dong);
    }

    /** "Mười hai triệu năm trăm nghìn đồng"; zero is "Không đồng". Refuses a negative sum. */
    public static String words(long dong) {
        if (dong < 0) {
            throw new IllegalArgumentException("A sum of money to write out cannot be negative: " + dong);
        }
        String words = (dong == 0 ? DIGITS[0] : read(dong, true)) + " đồng";
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code leading}: the number starts here, so its first group is read short ("năm", not "không trăm lẻ năm"). */
    private static String read(long n, boolean leading) {
        if (n >= BILLION) {
            String billions = read(n / BILLION, leading) + " tỷ";
            long rest = n % BILLION;
            return rest == 0 ? billions : billions + " " + read(rest, false);
        }
        long[] groups = {n / 1_000_000, n / 1_000 % 1_000, n % 1_000};
        String[] scales = {" triệu", " nghìn", ""};
        List<String> parts = new ArrayList<>();
        boolean started = !leading;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            parts.add(hundreds((int) groups[i], started) + scales[i]);
            started = true;
        }
        return String.join(" ", parts);
    }

    /** One group of three digits; {@code full} when a group before it was read, so its zeros are said. */
    private static String hundreds(int group, boolean full) {
        int hundred = group / 100;
        int ten = group / 10 % 10;
        int unit = group % 10;
        List<String> words = new ArrayList<>();
        if (full || hundred > 0) {
            words.add(DIGITS[hundred] + " trăm");
        }
        if (ten == 0) {
            if (unit > 0) {
                if (full || hundred > 0) {
                    words.add("lẻ");
                }
                words.add(DIGITS[unit]);
            }
        } else if (ten == 1) {
            words.add("mười");
            if (unit > 0) {
                words.add(unit == 5 ? "lăm" : DIGITS[unit]);
            }
        } else {
            words.add(DIGITS[ten] + " mươi");
            if (unit > 0) {
                words.add(
                        switch (unit) {
                            case 1 -> "mốt";
                            case 4 -> "tư";
                            case 5 -> "lăm";
                            default -> DIGITS[unit];
                        });
            }
        }
        return String.join(" ", words);
    }
}
