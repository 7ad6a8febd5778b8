package vn.vigil.victim.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;
import vn.vigil.victim.domain.ApprovalRule;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.CaseReferral;
import vn.vigil.victim.domain.EssentialNeedsExtension;
import vn.vigil.victim.domain.FundingSource;
import vn.vigil.victim.domain.IdentityGrant;
import vn.vigil.victim.domain.IndicatorReferral;
import vn.vigil.victim.domain.LedgerEntry;
import vn.vigil.victim.domain.NeedsAssessment;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.SupportRate;
import vn.vigil.victim.domain.SupportRequest;
import vn.vigil.victim.domain.VictimCase;

/** The victim schema migrated into the shared embedded PostgreSQL, and a factory over every victim entity. */
public final class VictimTestDatabase {

    private static EntityManagerFactory factory;

    private VictimTestDatabase() {}

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema(), VictimSchemaAccess.victimSchema()));
            factory = TestJpa.entityManagerFactory(
                    "victim",
                    List.of(
                            Person.class,
                            VictimCase.class,
                            CaseReferral.class,
                            IndicatorReferral.class,
                            IdentityGrant.class,
                            SupportRate.class,
                            FundingSource.class,
                            BudgetLine.class,
                            ApprovalRule.class,
                            NeedsAssessment.class,
                            EssentialNeedsExtension.class,
                            SupportRequest.class,
                            LedgerEntry.class));
        }
        return factory;
    }
}
