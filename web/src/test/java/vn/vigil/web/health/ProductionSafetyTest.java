package vn.vigil.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProductionSafetyTest {

    /** The packaged server's defaults, as its server.xml declares them. */
    private static Map<String, String> serverDefaults() throws IOException {
        String xml = Files.readString(Path.of("../liberty/src/main/liberty/config/server.xml"));
        Matcher variable = Pattern.compile("<variable name=\"([^\"]+)\" defaultValue=\"([^\"]*)\"/>")
                .matcher(xml);
        Map<String, String> defaults = new HashMap<>();
        while (variable.find()) {
            defaults.put(variable.group(1), variable.group(2));
        }
        return defaults;
    }

    @Test
    void aServerWithTheDevelopmentSecretsAndNoDemoDataIsNotSafe() throws IOException {
        Map<String, String> settings = serverDefaults();
        assertThat(settings).containsEntry("vigil.demo-data", "false");
        assertThat(ProductionSafety.unsafe(name -> Optional.ofNullable(settings.get(name))))
                .as("every secret the packaged server ships with is recognised as a development default")
                .containsExactly(
                        "db.password", "vigil.audit.chain-key", "vigil.identity.digest-key", "vigil.identity.keys");
    }

    @Test
    void demoDataOrRealSecretsAreSafe() throws IOException {
        Map<String, String> demo = new HashMap<>(serverDefaults());
        demo.put("vigil.demo-data", "true");
        assertThat(ProductionSafety.unsafe(name -> Optional.ofNullable(demo.get(name))))
                .isEmpty();

        Map<String, String> production = new HashMap<>(serverDefaults());
        production.put("vigil.identity.keys", "1:bXkgb3duIGtleSBvZiAzMiBieXRlcyBmb3IgYWVzLTI1Ng==");
        production.put("vigil.identity.digest-key", "c29tZSBvdGhlciBkaWdlc3Qga2V5IG9mIDMyIGJ5dGVz");
        production.put("db.password", "S0me-Real-Passw0rd");
        production.put("vigil.audit.chain-key", "a key of the province's own");
        assertThat(ProductionSafety.unsafe(name -> Optional.ofNullable(production.get(name))))
                .isEmpty();

        production.put("db.password", "vigil");
        assertThat(ProductionSafety.unsafe(name -> Optional.ofNullable(production.get(name))))
                .containsExactly("db.password");
    }

    @Test
    void aProductionServerWithoutSecureCookiesIsToldSo() throws IOException {
        Map<String, String> settings = new HashMap<>(serverDefaults());
        assertThat(ProductionSafety.plainCookiesInProduction(name -> Optional.ofNullable(settings.get(name))))
                .isTrue();
        settings.put("session.secure-cookies", "true");
        assertThat(ProductionSafety.plainCookiesInProduction(name -> Optional.ofNullable(settings.get(name))))
                .isFalse();
        settings.put("session.secure-cookies", "false");
        settings.put("vigil.demo-data", "true");
        assertThat(ProductionSafety.plainCookiesInProduction(name -> Optional.ofNullable(settings.get(name))))
                .isFalse();
    }
}
