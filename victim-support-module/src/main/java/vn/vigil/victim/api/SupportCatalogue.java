package vn.vigil.victim.api;

import java.util.List;

public interface SupportCatalogue {

    List<SupportTypeView> supportTypes();
}
