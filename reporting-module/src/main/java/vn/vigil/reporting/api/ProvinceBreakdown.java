package vn.vigil.reporting.api;

import java.io.Serializable;
import java.util.List;

/** A province's figures commune by commune, with the total row; victim counts suppressed across rows and total. */
public record ProvinceBreakdown(
        long provinceId, Period period, int smallCountThreshold, List<CommuneFigures> communes, CommuneFigures total)
        implements Serializable {}
