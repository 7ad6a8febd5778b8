package vn.vigil.inspection.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;
import vn.vigil.inspection.domain.Amendment;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.ChecklistItem;
import vn.vigil.inspection.domain.ChecklistTemplate;
import vn.vigil.inspection.domain.ChecklistVersion;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.FollowUp;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.RiskFactorWeight;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationRule;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitEvidence;
import vn.vigil.inspection.domain.VisitRecord;

/**
 * The inspection module's schema migrated (after core's) into the shared embedded PostgreSQL, and one entity
 * manager factory over every inspection entity (and core's issued document numbers, which violation cases take in
 * their own transaction), validated against it. Built once per test JVM.
 */
public final class InspectionTestDatabase {

    private static EntityManagerFactory factory;

    private InspectionTestDatabase() {}

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            TestDatabase.migrate(List.of(
                    CoreSchemaAccess.coreSchema(),
                    InspectionSchemaAccess.inspectionSchema(),
                    ViolationSchemaAccess.violationSchema()));
            factory = TestJpa.entityManagerFactory(
                    "inspection",
                    List.of(
                            Establishment.class,
                            BusinessLine.class,
                            RiskFactorWeight.class,
                            InspectionPlan.class,
                            Team.class,
                            Visit.class,
                            VisitRecord.class,
                            Amendment.class,
                            FollowUp.class,
                            ChecklistTemplate.class,
                            ChecklistVersion.class,
                            ChecklistItem.class,
                            VisitEvidence.class,
                            LegalProvision.class,
                            ViolationRule.class,
                            ViolationCase.class,
                            DocumentNumber.class));
        }
        return factory;
    }
}
