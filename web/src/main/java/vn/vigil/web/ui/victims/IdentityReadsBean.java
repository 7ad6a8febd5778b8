package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.victim.api.IdentityReadQuery;
import vn.vigil.victim.api.KeyRotation;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.IdentityReadsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** The log of identity reads (who, when, which case, why), and the re-encryption with the current key. */
@Named
@ViewScoped
public class IdentityReadsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentityReadsExport export;

    private static final int ROWS = 50;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    IdentityProtection protection;

    private String reader;
    private String caseCode;
    private LocalDate from;
    private LocalDate to;
    private KeyRotation keys;

    private final PagedModel<IdentityReadQuery, AuditEntryView> reads = new PagedModel<>(
            this::query,
            (query, page) -> periodValid(query)
                    ? protection.identityReads(query, page)
                    : new Page<>(List.of(), 0, page.page(), page.size()),
            ROWS,
            AuditEntryView::id);

    /** View action. */
    public void load() {
        keys = protection.keyStatus();
    }

    private IdentityReadQuery query() {
        return new IdentityReadQuery(reader, caseCode, from, to);
    }

    private static boolean periodValid(IdentityReadQuery query) {
        return query.from() == null || query.to() == null || !query.from().isAfter(query.to());
    }

    public boolean isPeriodInvalid() {
        return !periodValid(query());
    }

    public void rotate() {
        try {
            KeyRotation batch;
            int rotated = 0;
            do {
                batch = protection.rotateKeys();
                rotated += batch.rotated();
            } while (batch.rotated() > 0 && batch.remaining() > 0);
            keys = batch;
            FacesMessages.info("victims.keys.rotated", rotated, batch.currentVersion());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public String time(AuditEntryView entry) {
        return TIME.format(entry.occurredAt());
    }

    /** The purpose as words: the detail is "PURPOSE" or "PURPOSE: note". */
    public String purpose(AuditEntryView entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        int colon = detail.indexOf(':');
        String code = colon < 0 ? detail : detail.substring(0, colon);
        String note = colon < 0 ? "" : detail.substring(colon);
        return FacesMessages.text("victims.purpose." + code) + note;
    }

    public PagedModel<IdentityReadQuery, AuditEntryView> getReads() {
        return reads;
    }

    public String getKeyStatus() {
        return FacesMessages.text("victims.keys.status", keys.currentVersion(), keys.remaining());
    }

    public KeyRotation getKeys() {
        return keys;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
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
