package vn.vigil.reporting.application.directive;

import java.util.Set;
import java.util.function.Predicate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.domain.directive.Timeline;

/**
 * The rules of an outreach activity, whether typed in or imported: a date not ahead, a kind, at least one audience,
 * 1–50 communes that exist, counts from 0 to ten million, a description of at most 2,000 characters. The organising
 * unit is always the caller's own.
 */
final class OutreachRules {

    static final int MAX_COUNT = 10_000_000;
    static final int MAX_COMMUNES = 50;

    private OutreachRules() {}

    /** The command as stored, or the first rule it breaks; {@code communesExist} answers for a set of ids. */
    static OutreachCommand checked(OutreachCommand c, long unit, Predicate<Set<Long>> communesExist) {
        if (c.heldOn() == null) {
            throw new DomainException("validation.required", "heldOn");
        }
        if (c.heldOn().isAfter(Timeline.today())) {
            throw new DomainException("outreach.heldOn.future");
        }
        if (c.kind() == null) {
            throw new DomainException("validation.required", "outreachKind");
        }
        if (c.audiences().isEmpty() || c.audiences().contains(null)) {
            throw new DomainException("outreach.audience.missing");
        }
        if (c.communeIds().isEmpty() || c.communeIds().contains(null)) {
            throw new DomainException("outreach.communes.missing");
        }
        Set<Long> communes = Set.copyOf(c.communeIds());
        if (communes.size() > MAX_COMMUNES) {
            throw new DomainException("outreach.communes.tooMany", MAX_COMMUNES);
        }
        if (!communesExist.test(communes)) {
            throw new DomainException("outreach.communes.unknown");
        }
        int participants = count(c.participants(), "participants");
        int materials = count(c.materials(), "materials");
        String description = Text.maxLength(Text.clean(c.description()), "description", 2000);
        return new OutreachCommand(
                c.heldOn(),
                unit,
                c.kind(),
                c.audiences(),
                c.communeIds().stream().distinct().toList(),
                participants,
                materials,
                description);
    }

    private static int count(Integer value, String field) {
        if (value == null) {
            throw new DomainException("validation.required", field);
        }
        if (value < 0) {
            throw new DomainException("outreach.count.negative", field);
        }
        if (value > MAX_COUNT) {
            throw new DomainException("outreach.count.tooLarge", field, MAX_COUNT);
        }
        return value;
    }
}
