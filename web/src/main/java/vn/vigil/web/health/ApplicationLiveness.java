package vn.vigil.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the heap has room after garbage collection. The heap in use at any moment includes garbage the next
 * collection frees, so it says little; what is still in use right after a collection is what the server holds. When
 * that passes 90 % of the largest heap pool, the server spends its time collecting instead of serving, and a
 * supervisor should restart it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final double MAX_RETAINED = 0.90;

    @Override
    public HealthCheckResponse call() {
        double retained = retainedShare();
        return HealthCheckResponse.named("memory")
                .status(retained < MAX_RETAINED)
                .withData("retainedAfterGcPercent", Math.round(retained * 100))
                .build();
    }

    /** The fullest share of any heap pool as the last collection left it (the old generation, in practice). */
    static double retainedShare() {
        double fullest = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
                continue;
            }
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (afterGc == null || afterGc.getMax() <= 0) {
                continue;
            }
            fullest = Math.max(fullest, (double) afterGc.getUsed() / afterGc.getMax());
        }
        return fullest;
    }
}
