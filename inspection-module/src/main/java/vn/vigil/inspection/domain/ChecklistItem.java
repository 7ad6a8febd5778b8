package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistItemCommand;

/** One question of a checklist version; changed only through its draft version. */
@Entity
@Table(name = "checklist_item", schema = "inspection")
public class ChecklistItem {

    public static final int QUESTION_MAX = 500;
    public static final int CODE_MAX = 32;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (CODE_MAX - 1) + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false, length = 8)
    private AnswerType answerType;

    @Column(nullable = false)
    private boolean required;

    protected ChecklistItem() {}

    ChecklistItem(int position, String code, ChecklistItemCommand content) {
        this.position = position;
        describe(code, content);
    }

    /** The same question for a new draft. */
    ChecklistItem copy() {
        ChecklistItem copy = new ChecklistItem();
        copy.position = position;
        copy.code = code;
        copy.question = question;
        copy.answerType = answerType;
        copy.required = required;
        return copy;
    }

    void describe(String itemCode, ChecklistItemCommand content) {
        if (content.answerType() == null) {
            throw new DomainException("validation.required", "checklistItem.answerType");
        }
        this.code = validCode(itemCode);
        this.question = Text.required(content.question(), "checklistItem.question", QUESTION_MAX);
        this.answerType = content.answerType();
        this.required = content.required();
    }

    /** The code as stored (upper case), or null when none was given. */
    static String cleanCode(String code) {
        String clean = Text.clean(code);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    private static String validCode(String code) {
        String clean = Text.required(code, "checklistItem.code", CODE_MAX);
        if (!CODE.matcher(clean).matches()) {
            throw new DomainException("checklist.codeInvalid", clean);
        }
        return clean;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String question() {
        return question;
    }

    public AnswerType answerType() {
        return answerType;
    }

    public boolean required() {
        return required;
    }
}
