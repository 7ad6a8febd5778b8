package vn.vigil.reporting.domain.directive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.Text;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachKind;

/**
 * Reads the kind and the audience of an outreach activity as units write them in their spreadsheets: the code
 * ({@code SCHOOL_TALK}) or the Vietnamese words, with or without marks ("Nói chuyện tại trường học", "truong hoc").
 */
public final class OutreachLabels {

    private static final Map<String, OutreachKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, Audience> AUDIENCES = new LinkedHashMap<>();

    static {
        KINDS.put("hoi nghi", OutreachKind.CONFERENCE);
        KINDS.put("tap huan", OutreachKind.CONFERENCE);
        KINDS.put("loa", OutreachKind.LOUDSPEAKER);
        KINDS.put("to roi", OutreachKind.LEAFLETS);
        KINDS.put("pa-no", OutreachKind.POSTERS);
        KINDS.put("pano", OutreachKind.POSTERS);
        KINDS.put("ap phich", OutreachKind.POSTERS);
        KINDS.put("mang xa hoi", OutreachKind.SOCIAL_MEDIA);
        KINDS.put("zalo", OutreachKind.SOCIAL_MEDIA);
        KINDS.put("facebook", OutreachKind.SOCIAL_MEDIA);
        KINDS.put("truong", OutreachKind.SCHOOL_TALK);
        KINDS.put("hop dan", OutreachKind.COMMUNITY_MEETING);
        KINDS.put("phat thanh", OutreachKind.RADIO_TV);
        KINDS.put("truyen hinh", OutreachKind.RADIO_TV);
        AUDIENCES.put("hoc sinh", Audience.STUDENTS);
        AUDIENCES.put("sinh vien", Audience.STUDENTS);
        AUDIENCES.put("cong nhan", Audience.WORKERS);
        AUDIENCES.put("lao dong", Audience.WORKERS);
        AUDIENCES.put("phu nu", Audience.WOMEN);
        AUDIENCES.put("dan toc", Audience.ETHNIC_MINORITIES);
        AUDIENCES.put("bien gioi", Audience.BORDER_RESIDENTS);
        AUDIENCES.put("nuoc ngoai", Audience.GOING_ABROAD);
    }

    private OutreachLabels() {}

    public static Optional<OutreachKind> kind(String text) {
        return read(text, OutreachKind.class, KINDS);
    }

    public static Optional<Audience> audience(String text) {
        return read(text, Audience.class, AUDIENCES);
    }

    private static <E extends Enum<E>> Optional<E> read(String text, Class<E> type, Map<String, E> words) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        String folded = Text.fold(text);
        return words.entrySet().stream()
                .filter(w -> folded.contains(w.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
