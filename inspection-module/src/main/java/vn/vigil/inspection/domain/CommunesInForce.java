package vn.vigil.inspection.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.unit.AdminUnitView;

/** The commune-level units in force today, found by code or, when no code matches, by a unique name. */
public final class CommunesInForce {

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, List<Long>> byName = new HashMap<>();

    public CommunesInForce(List<AdminUnitView> communes) {
        for (AdminUnitView commune : communes) {
            byCode.put(commune.code().toUpperCase(Locale.ROOT), commune.id());
            byName.merge(Text.fold(commune.name()), List.of(commune.id()), (a, b) -> concat(a, b));
        }
    }

    /** The commune's id; refuses an unknown code or a name shared by several communes. */
    public long resolve(String codeOrName) {
        Long byItsCode = byCode.get(codeOrName.toUpperCase(Locale.ROOT));
        if (byItsCode != null) {
            return byItsCode;
        }
        List<Long> named =
                Optional.ofNullable(byName.get(Text.fold(codeOrName))).orElse(List.of());
        if (named.size() > 1) {
            throw new DomainException("import.communeAmbiguous", codeOrName);
        }
        if (named.isEmpty()) {
            throw new DomainException("import.communeUnknown", codeOrName);
        }
        return named.get(0);
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
