package ma.commune.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** {@code /open-data}: the open-data downloads for people, with what each file holds. */
@Named
@RequestScoped
public class OpenDataPage {

    @Inject
    @Any
    Instance<OpenDataSet> sets;

    public List<OpenDataSet> getSets() {
        return sets.stream().sorted(Comparator.comparing(OpenDataSet::name)).toList();
    }

    public String columns(OpenDataSet set) {
        return String.join(", ", set.header());
    }
}
