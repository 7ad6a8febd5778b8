package vn.vigil.web.ui.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.AmendmentCommand;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.EvidenceUpload;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitHeader;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitRecords;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;
import vn.vigil.web.ui.SessionUser;

/**
 * The record of one visit: begun on site, saved as a whole with the version loaded (a conflict keeps what was typed),
 * evidence uploaded as it is taken, signed off by the lead, then read-only with amendments.
 */
@Named
@ViewScoped
public class VisitRecordBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    VisitRecords records;

    @Inject
    SessionUser sessionUser;

    @Inject
    EvidenceLocker evidenceLocker;

    private Long id;
    private VisitHeader header;
    private VisitRecordView record;
    private RecordForm form;
    private List<EvidenceView> evidence = List.of();
    private boolean conflict;
    private String amendReason;
    private String amendText;
    private Long[] amendEvidence;

    /** View action. */
    public void load() {
        try {
            header = records.header(id);
            show(records.find(id).orElse(null));
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    public void begin() {
        try {
            show(records.beginRecording(id));
            header = records.header(id);
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** Saves with the version loaded; when someone saved in between, says so and keeps the typed content. */
    public void save() {
        try {
            record = records.save(id, record.version(), form.toContent());
            conflict = false;
            FacesMessages.info("page.record.saved");
        } catch (ConflictException | OptimisticLockException e) {
            conflict = true;
            FacesMessages.error("page.record.conflict");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void signOff() {
        try {
            show(records.signOff(id, record.version()));
            header = records.header(id);
            FacesMessages.info("page.record.signedOff");
        } catch (ConflictException | OptimisticLockException e) {
            conflict = true;
            FacesMessages.error("page.record.conflict");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** Drops what was typed and shows the record as stored now. */
    public void reload() {
        show(records.find(id).orElse(null));
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            EvidenceView stored = evidenceLocker.attach(
                    id, new EvidenceUpload(file.getFileName(), file.getContentType(), null, content));
            evidence = evidenceLocker.of(id);
            FacesMessages.info("page.record.uploaded", stored.fileName());
        } catch (DomainException e) {
            FacesMessages.refused(e);
        } catch (IOException e) {
            FacesMessages.error("evidence.unreadable");
        }
    }

    public void amend() {
        try {
            records.amend(
                    id,
                    new AmendmentCommand(
                            amendReason, amendText, amendEvidence == null ? List.of() : Arrays.asList(amendEvidence)));
            show(records.find(id).orElseThrow());
            amendReason = null;
            amendText = null;
            amendEvidence = null;
            FacesMessages.info("page.record.amended");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    private void show(VisitRecordView view) {
        record = view;
        form = view == null ? null : RecordForm.of(view);
        evidence = view == null ? List.of() : evidenceLocker.of(id);
        conflict = false;
    }

    public boolean isEditable() {
        return isWriter() && record != null && !record.signedOff();
    }

    public boolean isBeginnable() {
        return isWriter() && record == null && header.status() == VisitStatus.SCHEDULED;
    }

    /** Inspection staff write records; a legal officer only reads them (for the violation cases they lead to). */
    public boolean isWriter() {
        return sessionUser.has(Role.Names.INSPECTOR) || sessionUser.has(Role.Names.TEAM_LEAD);
    }

    /** Evidence a photo item or an amendment may refer to: before sign-off all, after it only the late files. */
    public List<EvidenceView> getLateEvidence() {
        return evidence.stream().filter(EvidenceView::afterSignOff).toList();
    }

    public String getMembers() {
        return String.join(", ", header.memberNames());
    }

    /** When the visit takes place, on Vietnam's clock. */
    public String getWhen() {
        return TIME.format(VietnamTime.local(header.startsAt())) + " – "
                + TIME.format(VietnamTime.local(header.endsAt())) + " "
                + DAY.format(VietnamTime.local(header.startsAt()));
    }

    public String getSignedAt() {
        return moment(record.signedOffAt());
    }

    public String moment(Instant instant) {
        return instant == null
                ? ""
                : TIME.format(VietnamTime.local(instant)) + " " + DAY.format(VietnamTime.local(instant));
    }

    public boolean isImage(EvidenceView e) {
        return e.contentType().startsWith("image/");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitHeader getHeader() {
        return header;
    }

    public VisitRecordView getRecord() {
        return record;
    }

    public RecordForm getForm() {
        return form;
    }

    public List<EvidenceView> getEvidence() {
        return evidence;
    }

    public boolean isConflict() {
        return conflict;
    }

    public VisitOutcome[] getOutcomes() {
        return VisitOutcome.values();
    }

    public PresentRole[] getRoles() {
        return PresentRole.values();
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public String getAmendText() {
        return amendText;
    }

    public void setAmendText(String amendText) {
        this.amendText = amendText;
    }

    public Long[] getAmendEvidence() {
        return amendEvidence;
    }

    public void setAmendEvidence(Long[] amendEvidence) {
        this.amendEvidence = amendEvidence;
    }
}
