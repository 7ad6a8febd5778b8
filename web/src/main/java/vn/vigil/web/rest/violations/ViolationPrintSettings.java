package vn.vigil.web.rest.violations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.web.print.SanctionDecisionPdf.FineAccount;

/**
 * What the printed violation documents take from the deployment: the place name of their date line and where
 * fines are paid. An empty account number prints as dots to be written in by hand.
 */
@ApplicationScoped
public class ViolationPrintSettings {

    @Inject
    @ConfigProperty(name = "vigil.documents.place", defaultValue = "Đồng Nai")
    String place;

    @Inject
    @ConfigProperty(name = "vigil.fines.treasury", defaultValue = "Kho bạc Nhà nước")
    String treasury;

    @Inject
    @ConfigProperty(name = "vigil.fines.account")
    Optional<String> account;

    public String place() {
        return place;
    }

    public FineAccount fineAccount() {
        return new FineAccount(treasury, account.map(String::strip).orElse(null));
    }
}
