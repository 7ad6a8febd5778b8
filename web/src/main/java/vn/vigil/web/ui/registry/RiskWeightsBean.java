package vn.vigil.web.ui.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.api.RiskWeightSettings;
import vn.vigil.inspection.api.RiskWeightView;
import vn.vigil.web.ui.FacesMessages;

/** Administrators set the weight of each risk factor; saving starts a background recompute of every score. */
@Named
@ViewScoped
public class RiskWeightsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskWeightSettings settings;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = settings.weights().stream().map(Row::new).toList();
    }

    public void save() {
        try {
            settings.adjust(rows.stream().map(Row::view).toList());
            FacesMessages.info("risk.recompute.started");
            load();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One editable factor. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RiskFactor factor;
        private final long version;
        private Integer weight;
        private Integer saturation;

        Row(RiskWeightView view) {
            factor = view.factor();
            version = view.version();
            weight = view.weight();
            saturation = view.saturation();
        }

        RiskWeightView view() {
            if (weight == null || saturation == null) {
                throw new DomainException("validation.required", "risk.weight");
            }
            return new RiskWeightView(factor, weight, saturation, version);
        }

        public RiskFactor getFactor() {
            return factor;
        }

        public boolean isSaturationFixed() {
            return factor == RiskFactor.BUSINESS_LINE;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public Integer getSaturation() {
            return saturation;
        }

        public void setSaturation(Integer saturation) {
            this.saturation = saturation;
        }
    }
}
