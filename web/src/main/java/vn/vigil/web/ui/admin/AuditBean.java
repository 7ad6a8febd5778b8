package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.AuditExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Administrators read the append-only audit log, newest first, narrowed by who, what, which record and when. */
@Named
@ViewScoped
public class AuditBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditExport export;

    @Inject
    AuditLog audit;

    private vn.vigil.core.api.audit.AuditChainStatus chain;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    static final int ROWS = 50;

    private PagedModel<AuditQuery, AuditEntryView> page;

    @PostConstruct
    void init() {
        page = new PagedModel<>(this::query, this::fetch, ROWS, AuditEntryView::id);
    }

    private AuditQuery query() {
        return new AuditQuery(lower(actor), upper(action), entityType, entityId, from, to);
    }

    private Page<AuditEntryView> fetch(AuditQuery query, PageRequest request) {
        if (isPeriodInvalid()) {
            return new Page<>(List.of(), 0, request.page(), request.size());
        }
        return audit.search(query, request);
    }

    /** Usernames are stored in lower case: one may be typed in any case. */
    private static String lower(String typed) {
        String cleaned = Text.clean(typed);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }

    /** Action codes are upper case (USER_CREATED): one may be typed in any case. */
    private static String upper(String typed) {
        String cleaned = Text.clean(typed);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    /** A period that ends before it starts matches nothing; the table says why. */
    /** Seals what waits and walks the whole chain, showing the outcome. */
    public void verifyChain() {
        chain = audit.verifyChain();
    }

    public vn.vigil.core.api.audit.AuditChainStatus getChain() {
        return chain;
    }

    public boolean isPeriodInvalid() {
        return from != null && to != null && from.isAfter(to);
    }

    public String time(AuditEntryView entry) {
        return VietnamTime.toSecond(entry.occurredAt());
    }

    /** The action in words where the bundles name it, otherwise its code. */
    public String actionLabel(AuditEntryView entry) {
        String key = "audit.action." + entry.action();
        String label = FacesMessages.text(key);
        return key.equals(label) ? entry.action() : label;
    }

    public PagedModel<AuditQuery, AuditEntryView> getPage() {
        return page;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(query());
    }
}
