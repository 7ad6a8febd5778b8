package vn.vigil.web.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A production server never serves with the development secrets. When demo data are off (a real database), the keys
 * that encrypt victims' identity, the key of their digests and the database password must not be the development
 * defaults of server.xml: if one is, the server says so in its log at start (one SEVERE line naming the settings)
 * and stays not ready, so no load balancer or orchestrator sends it users. The defaults are compared by their SHA-256
 * fingerprints, so this class holds no secret.
 */
@Readiness
@ApplicationScoped
public class ProductionSafety implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

    /** The settings that must be changed for production, by the fingerprint of their development default. */
    static final Map<String, String> DEVELOPMENT_DEFAULTS = developmentDefaults();

    @Inject
    Config config;

    private List<String> unsafe = List.of();

    private static Map<String, String> developmentDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("vigil.identity.keys", "a3ed677a4844b254567d2198cf97940f2e460b4bdbb73d4b0f1390af57981d26");
        defaults.put("vigil.identity.digest-key", "f84b7390461e4808ecc205e220964b9c87776e14c60a5f2c9977f5e3ae6b83e5");
        defaults.put("db.password", "6b27eba5652b46d31ef75f17784c2709ac019809c47ca538e91c0ab54a80892f");
        defaults.put("vigil.audit.chain-key", "bc731d2421e0b2ac9475b0753a122f77da7c44fed22e451d63782d4ac56d23a4");
        return Map.copyOf(defaults);
    }

    @PostConstruct
    void check() {
        unsafe = unsafe(name -> config.getOptionalValue(name, String.class));
        if (plainCookiesInProduction(name -> config.getOptionalValue(name, String.class))) {
            LOG.warning("The session and sign-on cookies are not marked Secure while demo data are off: behind TLS,"
                    + " set SESSION_SECURE_COOKIES=true (docs/operations.md).");
        }
        if (!unsafe.isEmpty()) {
            LOG.severe(
                    () -> "Vigil will not serve: " + String.join(", ", unsafe) + " still hold the development"
                            + " defaults while demo data are off. Set them (VIGIL_IDENTITY_KEYS, VIGIL_IDENTITY_DIGEST_KEY,"
                            + " VIGIL_AUDIT_CHAIN_KEY, DB_PASSWORD in server.env, README \"Production\"); until then /health/ready is DOWN.");
        }
    }

    /**
     * A production server whose cookies are not marked Secure: told once in the log at start (readiness stays as the
     * secrets say, since TLS may end at a balancer that the server cannot see).
     */
    static boolean plainCookiesInProduction(Function<String, Optional<String>> setting) {
        boolean demo =
                setting.apply("vigil.demo-data").map(Boolean::parseBoolean).orElse(false);
        boolean secure = setting.apply("session.secure-cookies")
                .map(Boolean::parseBoolean)
                .orElse(false);
        return !demo && !secure;
    }

    /** Checked as the application starts, so the log line comes before anyone asks for readiness. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer's bean is created (and so checked) by this call
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("production-secrets");
        if (unsafe.isEmpty()) {
            return response.up().build();
        }
        return response.down()
                .withData("developmentDefaults", String.join(", ", unsafe))
                .build();
    }

    /** The settings still at their development default, none when demo data are on (a development run). */
    static List<String> unsafe(Function<String, Optional<String>> setting) {
        if (setting.apply("vigil.demo-data").map(Boolean::parseBoolean).orElse(false)) {
            return List.of();
        }
        List<String> unsafe = new ArrayList<>();
        DEVELOPMENT_DEFAULTS.forEach((name, fingerprint) -> {
            if (setting.apply(name)
                    .map(ProductionSafety::fingerprint)
                    .filter(fingerprint::equals)
                    .isPresent()) {
                unsafe.add(name);
            }
        });
        unsafe.sort(null);
        return List.copyOf(unsafe);
    }

    static String fingerprint(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
