package ma.commune.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.ResourceBundle;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.control.PublicAddress;

/**
 * {@code /api/opendata/}: the list of the open-data downloads (JSON, with each title in Arabic and
 * French), and {@code /api/opendata/{name}.csv}: one of them, UTF-8 with a header line.
 */
@Path("opendata")
@RequestScoped
public class OpenDataResource {

    static final String BUNDLE = "ma.commune.portal.i18n.messages";

    @Inject
    @Any
    Instance<OpenDataSet> sets;

    @Context
    UriInfo uri;

    @Inject
    PublicAddress address;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        ResourceBundle ar = ResourceBundle.getBundle(BUNDLE, Language.AR.locale());
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Language.FR.locale());
        JsonArrayBuilder downloads = Json.createArrayBuilder();
        sets.stream().sorted(Comparator.comparing(OpenDataSet::name)).forEach(set -> downloads.add(Json.createObjectBuilder()
                .add("name", set.name())
                .add("title", Json.createObjectBuilder()
                        .add("ar", ar.getString(set.titleKey())).add("fr", fr.getString(set.titleKey())))
                .add("url", address.of(uri.getBaseUriBuilder().path("opendata").path(set.name() + ".csv").build()))
                .add("mediaType", "text/csv; charset=UTF-8")
                .add("columns", Json.createArrayBuilder(java.util.List.of(set.header())))));
        return Json.createObjectBuilder().add("downloads", downloads).build();
    }

    @GET
    @Path("{name: [a-z-]+}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response download(@PathParam("name") String name) {
        OpenDataSet set = sets.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(NotFoundException::new);
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Csv csv = new Csv(writer);
            csv.row((Object[]) set.header());
            set.writeRows(csv);
            writer.flush();
        };
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
