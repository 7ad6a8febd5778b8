package vn.vigil.victim.api;

import java.io.Serializable;

/** A support type of Art. 37 (letter a–k); {@code maxDays} limits essential-needs support. */
public record SupportTypeView(String code, String nameVi, String nameEn, Integer maxDays) implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
