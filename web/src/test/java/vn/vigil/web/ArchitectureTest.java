package vn.vigil.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.audit.AccessRefusals;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.Authenticator;

/**
 * The module rules of STYLE.md, proven on the compiled classes of every module (web depends on all of them):
 * levels, api-only access between modules, framework-free domain and application code, guarded services.
 */
class ArchitectureTest {

    private static final String CORE = "vn.vigil.core..";
    private static final String INSPECTION = "vn.vigil.inspection..";
    private static final String VICTIM = "vn.vigil.victim..";
    private static final String REPORTING = "vn.vigil.reporting..";
    private static final String WEB = "vn.vigil.web..";

    /**
     * Application services that are deliberately not {@link Guarded}, with the api they implement: signing in (with
     * a password or an API token) is what makes an anonymous caller a known one, every service (whatever its roles)
     * writes to the audit log, and every refusal of any caller is audited. The API tokens' other use cases are
     * handed to the guarded {@code GuardedApiTokens}.
     */
    private static final Map<String, Class<?>> UNGUARDED_SERVICES = Map.of(
            "vn.vigil.core.application.AuthenticatorImpl", Authenticator.class,
            "vn.vigil.core.application.ApiTokensImpl", ApiTokens.class,
            "vn.vigil.core.application.AuditLogImpl", AuditLog.class,
            "vn.vigil.core.application.AccessRefusalsImpl", AccessRefusals.class);

    private static JavaClasses vigil;

    @BeforeAll
    static void importAllModules() {
        vigil = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.vigil");
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (String module : new String[] {"core", "inspection", "victim", "reporting", "web"}) {
            assertThat(vigil.stream().anyMatch(c -> c.getPackageName().startsWith("vn.vigil." + module + ".")))
                    .as("classes of module %s imported", module)
                    .isTrue();
        }
    }

    @Test
    void lowerLevelsNeverImportHigherOnes() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("core")
                .definedBy(CORE)
                .layer("inspection")
                .definedBy(INSPECTION)
                .layer("victim-support")
                .definedBy(VICTIM)
                .layer("reporting")
                .definedBy(REPORTING)
                .layer("web")
                .definedBy(WEB)
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("reporting")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("inspection")
                .mayOnlyBeAccessedByLayers("victim-support", "reporting", "web")
                .whereLayer("victim-support")
                .mayOnlyBeAccessedByLayers("reporting", "web")
                .whereLayer("core")
                .mayOnlyBeAccessedByLayers("inspection", "victim-support", "reporting", "web")
                .check(vigil);
    }

    @Test
    void siblingModulesNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage(INSPECTION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(VICTIM)
                .check(vigil);
        // the victim module observes the inspection module's published events (its api), and nothing else of it
        noClasses()
                .that()
                .resideInAPackage(VICTIM)
                .should()
                .dependOnClassesThat(
                        resideInAPackage(INSPECTION).and(not(resideInAPackage("vn.vigil.inspection.api.."))))
                .check(vigil);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "inspection", "victim", "reporting"})
    void otherModulesUseOnlyTheApiOfAModule(String module) {
        String root = "vn.vigil." + module;
        noClasses()
                .that()
                .resideInAPackage("vn.vigil..")
                .and()
                .resideOutsideOfPackage(root + "..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".api.."))))
                .as("code outside " + root + " uses only " + root + ".api")
                .check(vigil);
    }

    @Test
    void domainAndApplicationCodeKnowNothingOfTheUserInterface() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.vigil..domain..", "vn.vigil..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(vigil);
    }

    @Test
    void applicationServicesAreGuarded() {
        classes()
                .that()
                .resideInAPackage("vn.vigil..application..")
                .and()
                .areAnnotatedWith(ApplicationScoped.class)
                .and(implementAnApiInterface())
                .and(not(allowedUnguarded()))
                .should()
                .beAnnotatedWith(Guarded.class)
                .check(vigil);
    }

    @Test
    void theUnguardedAllowListNamesRealServices() {
        UNGUARDED_SERVICES.forEach((name, api) -> {
            JavaClass service = vigil.get(name);
            assertThat(service.isAssignableTo(api))
                    .as("%s implements %s", name, api.getName())
                    .isTrue();
            assertThat(service.isAnnotatedWith(Guarded.class))
                    .as("%s is allowed to be unguarded, so it should not be guarded", name)
                    .isFalse();
        });
    }

    @Test
    void theApiTokensUseCasesBesideSigningInAreGuarded() {
        JavaClass guarded = vigil.get("vn.vigil.core.application.GuardedApiTokens");
        assertThat(guarded.isAnnotatedWith(Guarded.class)).isTrue();
        assertThat(vigil.get("vn.vigil.core.application.ApiTokensImpl").getDirectDependenciesFromSelf())
                .as("the unguarded ApiTokensImpl hands its other use cases to GuardedApiTokens")
                .anyMatch(d -> d.getTargetClass().equals(guarded));
    }

    private static DescribedPredicate<JavaClass> implementAnApiInterface() {
        return DescribedPredicate.describe(
                "implement an interface of an api package",
                c -> c.getAllRawInterfaces().stream().anyMatch(resideInAnyPackage("vn.vigil..api..")));
    }

    private static DescribedPredicate<JavaClass> allowedUnguarded() {
        return DescribedPredicate.describe(
                "allowed to be unguarded " + UNGUARDED_SERVICES.keySet(),
                c -> UNGUARDED_SERVICES.containsKey(c.getName()));
    }
}
