package vn.vigil.inspection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.vigil.core.api.DomainException;

/** A GPS position inside Vietnam's bounding box (latitude 8–24° N, longitude 102–110° E), to six decimals. */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    private static final BigDecimal LAT_MIN = BigDecimal.valueOf(8);
    private static final BigDecimal LAT_MAX = BigDecimal.valueOf(24);
    private static final BigDecimal LON_MIN = BigDecimal.valueOf(102);
    private static final BigDecimal LON_MAX = BigDecimal.valueOf(110);

    public GeoPoint {
        if (outside(latitude, LAT_MIN, LAT_MAX) || outside(longitude, LON_MIN, LON_MAX)) {
            throw new DomainException("establishment.gpsOutsideVietnam");
        }
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    /** Both coordinates, or none (null); one without the other is refused. */
    public static GeoPoint of(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new DomainException("establishment.gpsIncomplete");
        }
        return latitude == null ? null : new GeoPoint(latitude, longitude);
    }

    private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }
}
