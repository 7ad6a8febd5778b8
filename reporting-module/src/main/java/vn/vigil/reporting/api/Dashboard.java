package vn.vigil.reporting.api;

import java.util.List;
import vn.vigil.core.api.Role;

/** The figures a role sees on its home page. */
public record Dashboard(Role role, List<Tile> tiles) {

    public Dashboard {
        tiles = List.copyOf(tiles);
    }
}
