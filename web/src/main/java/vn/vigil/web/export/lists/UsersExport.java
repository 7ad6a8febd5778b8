package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The staff accounts (administrators), as on admin/users and at {@code GET /api/v1/users}. */
@ApplicationScoped
public class UsersExport implements ExportableList {

    static final List<ExportColumn<UserView>> COLUMNS = List.of(
            ExportColumn.of("users.column.username", UserView::username),
            ExportColumn.of("users.column.fullName", UserView::fullName),
            ExportColumn.of("users.column.department", UserView::departmentName),
            ExportColumn.localized(
                    "users.column.roles",
                    (u, locale) -> u.roles().stream()
                            .sorted()
                            .map(r -> Bundles.text(locale, "role." + r.name()))
                            .collect(Collectors.joining(", "))),
            ExportColumn.localized(
                    "users.column.status",
                    (u, locale) -> Bundles.text(locale, u.enabled() ? "users.status.active" : "users.status.disabled")),
            ExportColumn.time("users.column.lastLogin", UserView::lastLoginAt));

    @Inject
    UserAdminService users;

    @Override
    public String name() {
        return "users";
    }

    @Override
    public ExportedList<UserView> list(ExportFilters f) {
        return of(new UserQuery(f.text("text"), f.choice(Role.class, "role"), f.id("departmentId")));
    }

    public ExportedList<UserView> of(UserQuery q) {
        return new ExportedList<>(
                name(),
                "users.title",
                COLUMNS,
                page -> users.search(q, page),
                Filters.describe("text", q.text() != null, "role", q.role(), "departmentId", q.departmentId()));
    }
}
