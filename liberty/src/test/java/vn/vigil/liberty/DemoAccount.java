package vn.vigil.liberty;

import java.util.List;
import java.util.Set;

/**
 * The demo accounts loaded with the demo data (one per role, the team lead also inspects), with what each should
 * see: its roles and the submenus of the top bar (ids in layout.xhtml).
 */
enum DemoAccount {
    ADMIN("admin", Set.of("ADMIN"), Set.of("menuAdmin")),
    INSPECTOR("inspector", Set.of("INSPECTOR"), Set.of("menuInspection")),
    TEAM_LEAD("teamlead", Set.of("TEAM_LEAD", "INSPECTOR"), Set.of("menuInspection", "menuLegal")),
    LEGAL("legal", Set.of("LEGAL_OFFICER"), Set.of("menuLegal")),
    CASE_WORKER("caseworker", Set.of("CASE_WORKER"), Set.of("menuVictims")),
    FINANCE("finance", Set.of("FINANCE_OFFICER"), Set.of("menuVictims")),
    COMMITTEE("committee", Set.of("COMMITTEE_VIEWER"), Set.of("menuReports"));

    /** Every role submenu of the top bar. */
    static final List<String> ROLE_MENUS =
            List.of("menuInspection", "menuLegal", "menuVictims", "menuReports", "menuAdmin");

    final String username;
    final Set<String> roles;
    final Set<String> menus;

    DemoAccount(String username, Set<String> roles, Set<String> menus) {
        this.username = username;
        this.roles = roles;
        this.menus = menus;
    }

    String basicAuth() {
        return Vigil.basic(username, Vigil.PASSWORD);
    }
}
