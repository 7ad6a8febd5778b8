package vn.vigil.web.ui.violations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.inspection.api.DecisionCommand;

/** The sanction-decision dialog: its number and day, and one fine for each act of the record, in order. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A fine typed for one act, shown with the act's allowed range. */
    public static class Fine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ActRow act;
        private Long amount;

        Fine(ActRow act) {
            this.act = act;
        }

        public ActRow getAct() {
            return act;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    private LocalDate decidedOn;
    private final List<Fine> fines;

    DecisionForm(List<ActRow> acts, LocalDate today) {
        this.fines = acts.stream().map(Fine::new).toList();
        this.decidedOn = today;
    }

    DecisionCommand command() {
        return new DecisionCommand(
                decidedOn, fines.stream().map(Fine::getAmount).toList());
    }

    public List<Fine> getFines() {
        return fines;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
