package vn.vigil.web.ui.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.web.ui.FacesMessages;

/** How a token's roles, last day and last use read on the pages that list tokens. */
final class ApiTokenTexts {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ApiTokenTexts() {}

    static String roles(ApiTokenView token) {
        if (token.roles().isEmpty()) {
            return FacesMessages.text("apiTokens.allRoles");
        }
        return token.roles().stream()
                .sorted()
                .map(r -> FacesMessages.text("role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    /** The last day the token works: it expires at the start of the next day, Vietnam time. */
    static String lastDay(ApiTokenView token) {
        return DAY.format(LocalDate.ofInstant(token.expiresAt().minusNanos(1), VIETNAM));
    }

    static String created(ApiTokenView token) {
        return VietnamTime.toMinute(token.createdAt());
    }

    static String lastUse(ApiTokenView token) {
        if (token.lastUsedAt() == null) {
            return FacesMessages.text("apiTokens.neverUsed");
        }
        return FacesMessages.text(
                "apiTokens.lastUsedFrom", VietnamTime.toMinute(token.lastUsedAt()), token.lastUsedFrom());
    }

    static String revokeQuestion(ApiTokenView token) {
        return FacesMessages.text("apiTokens.revokeQuestion", token.name(), token.prefix());
    }
}
