package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.RiskWeights;

/**
 * Demo establishments: a realistic spread over Đồng Nai's communes and every business line, with Vietnamese
 * trade names, owners and street addresses. Deterministic (fixed seed), loaded once.
 */
@ApplicationScoped
public class DemoEstablishments {

    static final int PER_LINE = 16;

    private static final Map<String, List<String>> TRADE_NAMES = Map.of(
            "ACCOMMODATION", List.of("Khách sạn", "Nhà nghỉ", "Nhà trọ", "Căn hộ dịch vụ"),
            "KARAOKE", List.of("Karaoke"),
            "DISCOTHEQUE", List.of("Quán bar", "Vũ trường", "Lounge"),
            "MASSAGE", List.of("Massage", "Spa & Xông hơi", "Thẩm mỹ viện"),
            "BARBER", List.of("Tiệm cắt tóc gội đầu", "Salon tóc"),
            "DIM_CAFE", List.of("Cà phê", "Cafe võng"),
            "RESTAURANT", List.of("Nhà hàng", "Quán nhậu"),
            "LABOUR_EXPORT", List.of("Công ty TNHH Xuất khẩu lao động", "Công ty CP Cung ứng nhân lực"),
            "MARRIAGE_BROKERAGE", List.of("Trung tâm tư vấn hôn nhân", "Văn phòng môi giới hôn nhân"));

    private static final List<String> BRANDS = List.of(
            "Hoàng Gia",
            "Phương Nam",
            "Thiên Đường",
            "Ánh Dương",
            "Hồng Nhung",
            "Sao Mai",
            "Bình Minh",
            "Kim Long",
            "Thanh Thủy",
            "Đông Á",
            "Minh Châu",
            "Hải Đăng",
            "Lan Anh",
            "Ngọc Trâm",
            "Như Ý",
            "Phú Quý",
            "Tân Thế Giới",
            "Mỹ Linh",
            "Trúc Xanh",
            "Hương Sen");

    private static final List<String> SURNAMES =
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thị Kim");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Hạnh", "Hoa", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc", "Quang",
            "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy");
    private static final List<String> STREETS = List.of(
            "Phạm Văn Thuận",
            "Đồng Khởi",
            "Võ Thị Sáu",
            "Nguyễn Ái Quốc",
            "Hà Huy Giáp",
            "Quốc lộ 1A",
            "Quốc lộ 51",
            "Phan Trung",
            "Cách Mạng Tháng Tám",
            "Hùng Vương",
            "Trần Hưng Đạo",
            "Lê Duẩn",
            "Quốc lộ 14",
            "Phú Riềng Đỏ");

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Inject
    AdminUnitService units;

    @Inject
    RiskWeights riskWeights;

    @Transactional
    void load(@Observes DemoDataRequested event) {
        long existing = em.createQuery("select count(e) from Establishment e", Long.class)
                .getSingleResult();
        if (existing > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<AdminUnitView> communes = units.inForce(UnitLevel.COMMUNE, null, today).stream()
                .filter(c -> c.code().startsWith("75-"))
                .toList();
        @SuppressWarnings("unchecked")
        Map<String, Long> lines = ((List<Object[]>)
                        em.createNativeQuery("select code, id from inspection.business_line")
                                .getResultList())
                .stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        Random random = new Random(20260701L);
        int serial = 1;
        for (Map.Entry<String, List<String>> line : TRADE_NAMES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            for (int i = 0; i < PER_LINE; i++) {
                AdminUnitView commune = communes.get(random.nextInt(communes.size()));
                String name = pick(random, line.getValue()) + " " + pick(random, BRANDS);
                String owner = pick(random, SURNAMES) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
                String address = "Số " + (1 + random.nextInt(480)) + ", đường " + pick(random, STREETS) + ", "
                        + commune.name() + ", " + "Tỉnh Đồng Nai";
                String registration = String.format("3600%06d", serial++);
                Establishment e =
                        new Establishment(name, lines.get(line.getKey()), registration, owner, address, commune.id());
                e.locate(coordinate(random, 10.95, 0.6), coordinate(random, 106.85, 0.5));
                e.recordEarlierHistory(
                        random.nextInt(4) == 0 ? random.nextInt(12) : 0,
                        random.nextInt(3) == 0 ? random.nextInt(6) : 0,
                        random.nextInt(6) == 0 ? random.nextInt(4) : 0,
                        random.nextInt(5) == 0 ? null : today.minusDays(random.nextInt(900)));
                em.persist(e);
            }
        }
        riskWeights.recomputeScores(null, today);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static BigDecimal coordinate(Random random, double centre, double spread) {
        return BigDecimal.valueOf(centre + (random.nextDouble() - 0.5) * spread).setScale(6, RoundingMode.HALF_UP);
    }
}
