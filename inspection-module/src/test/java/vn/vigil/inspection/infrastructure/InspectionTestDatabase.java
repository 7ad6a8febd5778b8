package vn.vigil.inspection.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.RiskFactorWeight;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.Visit;

/**
 * The inspection module's schema migrated (after core's) into the shared embedded PostgreSQL, and one entity
 * manager factory over every inspection entity, validated against it. Built once per test JVM.
 */
public final class InspectionTestDatabase {

    private static EntityManagerFactory factory;

    private InspectionTestDatabase() {}

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema(), InspectionSchemaAccess.inspectionSchema()));
            factory = TestJpa.entityManagerFactory(
                    "inspection",
                    List.of(
                            Establishment.class,
                            BusinessLine.class,
                            RiskFactorWeight.class,
                            InspectionPlan.class,
                            Team.class,
                            Visit.class));
        }
        return factory;
    }
}
