package ma.commune.portal.content.web;

import ma.commune.portal.shared.web.Permalinks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.commune.portal.content.boundary.Projects;
import ma.commune.portal.content.entity.Partnership;
import ma.commune.portal.content.entity.Project;
import ma.commune.portal.shared.boundary.PageRequest;
import ma.commune.portal.shared.web.Csv;
import ma.commune.portal.shared.web.OpenDataSet;

/** {@code /api/opendata/projects.csv}: the published projects, budgets in MAD, ISO dates, permalinks. */
@ApplicationScoped
public class ProjectsOpenData implements OpenDataSet {

    @EJB
    Projects projects;

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public String titleKey() {
        return "opendata.projects";
    }

    @Override
    public String[] header() {
        return new String[] {"id", "title_ar", "title_fr", "status", "district_ar", "district_fr", "budget_mad",
                "start_date", "end_date", "progress_percent", "latitude", "longitude", "partners_fr", "url"};
    }

    @Override
    public void writeRows(Csv csv) throws IOException {
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            List<Project> chunk = projects.published(new PageRequest(first, PageRequest.MAX_SIZE, Map.of(), "id", true));
            for (Project p : chunk) {
                csv.row(p.getId(), p.getTitle().getAr(), p.getTitle().getFr(), p.getStage().name(),
                        p.getDistrict() == null ? null : p.getDistrict().getName().getAr(),
                        p.getDistrict() == null ? null : p.getDistrict().getName().getFr(),
                        p.getBudget(), p.getStartDate(), p.getEndDate(), p.getProgress(), p.getLatitude(), p.getLongitude(),
                        p.getPartnerships().stream().filter(Partnership::isPublished)
                                .map(s -> s.getPartner().getFr()).collect(Collectors.joining("; ")),
                        Permalinks.of("/projects/" + p.getId()));
            }
            if (chunk.size() < PageRequest.MAX_SIZE) {
                return;
            }
        }
    }
}
