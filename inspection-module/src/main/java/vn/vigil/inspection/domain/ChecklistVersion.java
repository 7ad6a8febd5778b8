package vn.vigil.inspection.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.ChecklistItemCommand;

/**
 * One version of a template's checklist: a draft an administrator edits (add, change, move, remove questions), then
 * publishes; a published version never changes again (the database refuses it too), so a visit recorded with it keeps
 * its questions. The next change starts a new draft as a copy.
 */
@Entity
@Table(name = "checklist_version", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class ChecklistVersion implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChecklistVersionStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected ChecklistVersion() {}

    private ChecklistVersion(long templateId, int number) {
        this.templateId = templateId;
        this.number = number;
        this.status = ChecklistVersionStatus.DRAFT;
    }

    /** The empty first draft of a new template. */
    public static ChecklistVersion firstDraft(long templateId) {
        return new ChecklistVersion(templateId, 1);
    }

    /** A draft of the next version, starting with this published version's questions. */
    public ChecklistVersion nextDraft() {
        if (isDraft()) {
            throw new DomainException("checklist.draftExists", number);
        }
        ChecklistVersion draft = new ChecklistVersion(templateId, number + 1);
        items.forEach(item -> draft.items.add(item.copy()));
        return draft;
    }

    /** Adds a question at the end; a blank code becomes ITEM_n, the first n not taken. */
    public ChecklistItem addItem(ChecklistItemCommand content) {
        requireDraft();
        String code = ChecklistItem.cleanCode(content.code());
        if (code == null) {
            code = freeCode();
        }
        requireCodeFree(code, null);
        ChecklistItem item = new ChecklistItem(items.size() + 1, code, content);
        items.add(item);
        return item;
    }

    public void editItem(long itemId, ChecklistItemCommand content) {
        requireDraft();
        ChecklistItem item = item(itemId);
        String code = ChecklistItem.cleanCode(content.code());
        if (code == null) {
            code = item.code();
        }
        requireCodeFree(code, item);
        item.describe(code, content);
    }

    /** Moves a question to {@code position} (1 is first; beyond the end means last). */
    public void moveItem(long itemId, int position) {
        requireDraft();
        ChecklistItem item = item(itemId);
        items.remove(item);
        items.add(Math.max(0, Math.min(position - 1, items.size())), item);
        renumber();
    }

    public void removeItem(long itemId) {
        requireDraft();
        items.remove(item(itemId));
        renumber();
    }

    /** Makes the draft final and in force; it needs at least one question. */
    public void publish(String actor, Instant now) {
        requireDraft();
        if (items.isEmpty()) {
            throw new DomainException("checklist.noItems");
        }
        this.status = ChecklistVersionStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(now);
        this.publishedBy = Objects.requireNonNull(actor);
    }

    public void requireDraft() {
        if (!isDraft()) {
            throw new DomainException("checklist.published", number);
        }
    }

    private ChecklistItem item(long itemId) {
        return items.stream()
                .filter(i -> i.id() != null && i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ChecklistItem", itemId));
    }

    private void requireCodeFree(String code, ChecklistItem self) {
        for (ChecklistItem other : items) {
            if (other != self && other.code().equals(code)) {
                throw new DomainException("checklist.codeTaken", code);
            }
        }
    }

    private String freeCode() {
        int n = items.size() + 1;
        while (codeTaken("ITEM_" + n)) {
            n++;
        }
        return "ITEM_" + n;
    }

    private boolean codeTaken(String code) {
        return items.stream().anyMatch(i -> i.code().equals(code));
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i + 1);
        }
    }

    public boolean isDraft() {
        return status == ChecklistVersionStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public long templateId() {
        return templateId;
    }

    public int number() {
        return number;
    }

    public ChecklistVersionStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
