package vn.vigil.web.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.DomainException;

/** Every exportable list, by name. */
@ApplicationScoped
public class ExportCatalogue {

    @Inject
    Instance<ExportableList> lists;

    /** The named list under the filters; an unknown name is refused with {@code export.unknownList}. */
    public ExportedList<?> list(String name, ExportFilters filters) {
        for (ExportableList list : lists) {
            if (list.name().equals(name)) {
                return list.list(filters);
            }
        }
        throw new DomainException("export.unknownList", String.valueOf(name), String.join(", ", names()));
    }

    public List<String> names() {
        return lists.stream().map(ExportableList::name).sorted().toList();
    }
}
