package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A period's figures for a province (null: every province), read from the read model. {@code asOf}: every change
 * committed before it is counted; null while the read model has never been built.
 */
public record Figures(Long provinceId, Period period, Instant asOf, int smallCountThreshold, List<Indicator> indicators)
        implements Serializable {

    public Indicator get(String code) {
        return indicators.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }
}
