package vn.vigil.reporting.api;

import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.Role;

/**
 * What a role sees on its home page: its own work for today as tiles, and progress bars under a heading (the bundle
 * key {@code barsKey}; none when the role has no bars), with the link to the fuller dashboard beside it.
 */
public record Dashboard(Role role, List<Tile> tiles, String barsKey, List<Bar> bars, String moreLink)
        implements Serializable {

    public Dashboard {
        tiles = List.copyOf(tiles);
        bars = List.copyOf(bars);
    }

    public Dashboard(Role role, List<Tile> tiles) {
        this(role, tiles, null, List.of(), null);
    }
}
