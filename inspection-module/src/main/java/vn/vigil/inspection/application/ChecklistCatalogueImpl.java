package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemCommand;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.inspection.domain.ChecklistTemplate;
import vn.vigil.inspection.domain.ChecklistVersion;
import vn.vigil.inspection.domain.Checklists;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class ChecklistCatalogueImpl implements ChecklistCatalogue {

    private static final String ENTITY = "ChecklistVersion";

    @Inject
    Checklists checklists;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    private final PublishedChecklists published = new PublishedChecklists();

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChecklistVersionView> inForce(long businessLineId) {
        return checklists
                .templateOfLine(businessLineId)
                .flatMap(t -> checklists.inForce(t.id()).map(v -> view(v, t)));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistVersionView version(long versionId) {
        return published.find(versionId).orElseGet(() -> published.remember(view(found(versionId))));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistTemplateView> templates() {
        return checklists.overview();
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistTemplateView template(long templateId) {
        return checklists
                .overviewOf(templateId)
                .orElseThrow(() -> new NotFoundException("ChecklistTemplate", templateId));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistVersionSummary> history(long templateId) {
        template(templateId);
        return checklists.history(templateId);
    }

    @Override
    public ChecklistTemplateView createTemplate(long businessLineId) {
        if (!checklists.businessLineExists(businessLineId)) {
            throw new DomainException("checklist.lineUnknown");
        }
        if (checklists.templateOfLine(businessLineId).isPresent()) {
            throw new DomainException("checklist.templateExists");
        }
        ChecklistTemplate template = checklists.addTemplate(new ChecklistTemplate(businessLineId));
        checklists.flush();
        ChecklistVersion draft = checklists.addVersion(ChecklistVersion.firstDraft(template.id()));
        checklists.flush();
        audit.record(AuditEvent.of(
                "CHECKLIST_TEMPLATE_CREATED", "ChecklistTemplate", template.id(), "line=" + businessLineId));
        audit.record(AuditEvent.of("CHECKLIST_DRAFT_STARTED", ENTITY, draft.id(), "v1"));
        return template(template.id());
    }

    @Override
    public ChecklistVersionView startDraft(long templateId) {
        ChecklistTemplate template = checklists
                .template(templateId)
                .orElseThrow(() -> new NotFoundException("ChecklistTemplate", templateId));
        checklists.draftOf(templateId).ifPresent(d -> {
            throw new DomainException("checklist.draftExists", d.number());
        });
        ChecklistVersion inForce =
                checklists.inForce(templateId).orElseThrow(() -> new DomainException("checklist.nothingInForce"));
        ChecklistVersion draft = checklists.addVersion(inForce.nextDraft());
        checklists.flush();
        audit.record(AuditEvent.of("CHECKLIST_DRAFT_STARTED", ENTITY, draft.id(), "v" + draft.number()));
        return view(draft, template);
    }

    @Override
    public ChecklistVersionView addItem(long draftId, long version, ChecklistItemCommand item) {
        return edit(draftId, version, "CHECKLIST_ITEM_ADDED", draft -> draft.addItem(item));
    }

    @Override
    public ChecklistVersionView editItem(long draftId, long version, long itemId, ChecklistItemCommand item) {
        return edit(draftId, version, "CHECKLIST_ITEM_EDITED", draft -> draft.editItem(itemId, item));
    }

    @Override
    public ChecklistVersionView moveItem(long draftId, long version, long itemId, int position) {
        return edit(draftId, version, "CHECKLIST_ITEM_MOVED", draft -> draft.moveItem(itemId, position));
    }

    @Override
    public ChecklistVersionView removeItem(long draftId, long version, long itemId) {
        return edit(draftId, version, "CHECKLIST_ITEM_REMOVED", draft -> draft.removeItem(itemId));
    }

    @Override
    public ChecklistVersionView publish(long draftId, long version) {
        ChecklistVersion draft = loaded(draftId, version);
        draft.publish(actor.username(), Instant.now());
        checklists.flush();
        audit.record(AuditEvent.of("CHECKLIST_PUBLISHED", ENTITY, draftId, "v" + draft.number()));
        return view(draft);
    }

    @Override
    public void discardDraft(long draftId, long version) {
        ChecklistVersion draft = loaded(draftId, version);
        draft.requireDraft();
        checklists.removeVersion(draft);
        checklists.flush();
        audit.record(AuditEvent.of("CHECKLIST_DRAFT_DISCARDED", ENTITY, draftId, "v" + draft.number()));
    }

    /** One change of a draft's items: checked against the caller's version, then the draft's version is raised. */
    private ChecklistVersionView edit(long draftId, long version, String action, Consumer<ChecklistVersion> change) {
        ChecklistVersion draft = loaded(draftId, version);
        draft.requireDraft();
        checklists.lockForEdit(draft);
        change.accept(draft);
        checklists.flush();
        audit.record(AuditEvent.of(action, ENTITY, draftId, "v" + draft.number()));
        return view(draft);
    }

    private ChecklistVersion loaded(long id, long version) {
        ChecklistVersion found = found(id);
        if (found.version() != version) {
            throw new ConflictException(ENTITY);
        }
        return found;
    }

    private ChecklistVersion found(long id) {
        return checklists.version(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private ChecklistVersionView view(ChecklistVersion v) {
        ChecklistTemplate template = checklists.template(v.templateId()).orElseThrow();
        return view(v, template);
    }

    private static ChecklistVersionView view(ChecklistVersion v, ChecklistTemplate t) {
        List<ChecklistItemView> items = v.items().stream()
                .map(i -> new ChecklistItemView(
                        i.id(), i.position(), i.code(), i.question(), i.answerType(), i.required()))
                .toList();
        return new ChecklistVersionView(
                v.id(), t.id(), t.businessLineId(), v.number(), v.isDraft(), v.publishedAt(), v.version(), items);
    }
}
