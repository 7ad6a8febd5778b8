package vn.vigil.reporting.application.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachLog;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.api.directive.OutreachTotals;
import vn.vigil.reporting.api.directive.OutreachView;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.domain.directive.Approval;
import vn.vigil.reporting.infrastructure.directive.AssignmentStore;
import vn.vigil.reporting.infrastructure.directive.DirectiveStore;
import vn.vigil.reporting.infrastructure.directive.OutreachStore;

/**
 * The outreach log. A focal point logs, changes, deletes and sends its own unit's activities and reads only those; the
 * standing office and the committee read every unit's. Counts are checked here and by the database.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.FOCAL_POINT)
@Transactional(Transactional.TxType.REQUIRED)
public class OutreachLogImpl implements OutreachLog {

    static final int MAX_PHOTO = 5 * 1024 * 1024;

    @Inject
    OutreachStore store;

    @Inject
    DirectiveStore directives;

    @Inject
    AssignmentStore approvals;

    @Inject
    OutreachReviewer reviewer;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    protected OutreachLogImpl() {}

    /** For tests: no audit log. */
    public OutreachLogImpl(
            OutreachStore store,
            DirectiveStore directives,
            AssignmentStore approvals,
            OutreachReviewer reviewer,
            UnitScope scope) {
        this.store = store;
        this.directives = directives;
        this.approvals = approvals;
        this.reviewer = reviewer;
        this.scope = scope;
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public Page<OutreachView> list(OutreachQuery query, PageRequest page) {
        OutreachQuery q = scoped(query);
        OutreachStore.Slice slice = store.page(q, page);
        List<OutreachStore.Activity> rows = slice.rows();
        Map<Long, UnitRef> units =
                directives.units(rows.stream().map(a -> a.fields().unitId()).collect(Collectors.toSet()));
        Map<Long, String> communes = store.communeNames(
                rows.stream().flatMap(a -> a.fields().communeIds().stream()).collect(Collectors.toSet()));
        return new Page<>(
                rows.stream().map(a -> view(a, units, communes)).toList(),
                slice.total(),
                slice.exact(),
                page.page(),
                page.size(),
                slice.next() == null ? null : slice.next().encode());
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public OutreachView get(long id) {
        OutreachStore.Activity a = readable(id);
        return view(
                a,
                directives.units(List.of(a.fields().unitId())),
                store.communeNames(a.fields().communeIds()));
    }

    @Override
    public OutreachView log(OutreachCommand command) {
        OutreachCommand c = checked(command);
        long id = store.insert(c, null, scope.username());
        record("OUTREACH_LOGGED", id, c.kind().name());
        return get(id);
    }

    @Override
    public OutreachView change(long id, long version, OutreachCommand command) {
        OutreachStore.Activity a = own(id);
        a.approval().ensureEditable();
        OutreachCommand c = checked(command);
        if (!store.update(id, version, c, scope.username())) {
            throw new ConflictException("outreach activity");
        }
        record("OUTREACH_CHANGED", id, null);
        return get(id);
    }

    @Override
    public OutreachView submit(long id, long version) {
        OutreachStore.Activity a = own(id);
        boolean commune =
                directives.units(List.of(a.fields().unitId())).values().stream().anyMatch(UnitRef::commune);
        Approval next =
                a.approval().submit(scope.username(), commune && reviewer.unit().isPresent());
        if (!approvals.changeApproval(ApprovalItem.Subject.OUTREACH, id, version, next, "SUBMIT", scope.username())) {
            throw new ConflictException("outreach activity");
        }
        approvals.step(ApprovalItem.Subject.OUTREACH, id, "SUBMIT", next.state(), scope.username(), null);
        record("OUTREACH_SUBMITTED", id, next.state().name());
        return get(id);
    }

    @Override
    public void delete(long id, long version) {
        OutreachStore.Activity a = own(id);
        a.approval().ensureEditable();
        if (!store.delete(id, version)) {
            throw new ConflictException("outreach activity");
        }
        record("OUTREACH_DELETED", id, null);
    }

    @Override
    public OutreachView attachPhoto(long id, String contentType, byte[] content) {
        OutreachStore.Activity a = own(id);
        a.approval().ensureEditable();
        if (content == null || content.length > MAX_PHOTO || !image(contentType, content)) {
            throw new DomainException("outreach.photo.invalid", MAX_PHOTO / 1024 / 1024);
        }
        if (!store.setPhoto(id, contentType, content, scope.username())) {
            throw new ConflictException("outreach activity");
        }
        record("OUTREACH_PHOTO_ATTACHED", id, contentType);
        return get(id);
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public Directives.Attachment photo(long id) {
        readable(id);
        var photo = store.photo(id).orElseThrow(() -> new NotFoundException("outreach photo", id));
        return new Directives.Attachment("anh-" + id, photo.getKey(), photo.getValue());
    }

    /** A JPEG or a PNG by its first bytes, as its type says. */
    static boolean image(String contentType, byte[] b) {
        if ("image/jpeg".equals(contentType)) {
            return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        }
        if ("image/png".equals(contentType)) {
            return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        }
        return false;
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public OutreachTotals totals(OutreachQuery query) {
        return store.totals(scoped(query));
    }

    /** A focal point alone sees only its own unit's activities. */
    private OutreachQuery scoped(OutreachQuery q) {
        OutreachQuery query = q == null ? new OutreachQuery(null, null, null, null, null, null) : q;
        if (seesEveryUnit()) {
            return query;
        }
        return new OutreachQuery(
                query.from(), query.until(), scope.unit(), query.communeId(), query.kind(), query.state());
    }

    private boolean seesEveryUnit() {
        return scope.actor().hasRole(Role.STANDING_OFFICE) || scope.actor().hasRole(Role.COMMITTEE_VIEWER);
    }

    private OutreachCommand checked(OutreachCommand c) {
        return OutreachRules.checked(c, scope.unit(), ids -> store.communes(ids).containsAll(ids));
    }

    private OutreachStore.Activity readable(long id) {
        OutreachStore.Activity a = store.find(id).orElseThrow(() -> new NotFoundException("outreach activity", id));
        if (!seesEveryUnit() && a.fields().unitId() != scope.unit()) {
            long unit = scope.unit();
            if (reviewer.unit().filter(u -> u == unit).isEmpty()) {
                throw new vn.vigil.core.api.AccessDeniedException();
            }
        }
        return a;
    }

    private OutreachStore.Activity own(long id) {
        OutreachStore.Activity a = store.find(id).orElseThrow(() -> new NotFoundException("outreach activity", id));
        scope.ensureOwn(a.fields().unitId());
        return a;
    }

    private static OutreachView view(OutreachStore.Activity a, Map<Long, UnitRef> units, Map<Long, String> communes) {
        OutreachCommand f = a.fields();
        Approval ap = a.approval();
        return new OutreachView(
                a.id(),
                f.heldOn(),
                DirectivesImpl.unit(units, f.unitId()),
                f.kind(),
                f.audiences(),
                f.communeIds(),
                f.communeIds().stream()
                        .map(id -> communes.getOrDefault(id, "#" + id))
                        .toList(),
                f.participants(),
                f.materials(),
                f.description(),
                a.hasPhoto(),
                ap.state(),
                ap.submittedBy(),
                ap.reviewedBy(),
                ap.approvedBy(),
                ap.returnedReason(),
                a.version());
    }

    private void record(String action, long id, String detail) {
        if (audit != null) {
            audit.record(AuditEvent.of(action, "OutreachActivity", id, detail));
        }
    }
}
