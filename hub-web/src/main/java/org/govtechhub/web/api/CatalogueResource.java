package org.govtechhub.web.api;

import org.govtechhub.shared.SpreadsheetCell;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govtechhub.incubator.BusinessModel;
import org.govtechhub.incubator.CatalogueQuery;
import org.govtechhub.incubator.CataloguePage;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.GovernmentLevel;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectStage;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.Sector;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Open data of the virtual incubator, for anyone and without signing in: GET /api/catalogue/projects (a page of the
 * published projects as JSON, with the facets' counts) and /api/catalogue/projects.csv (every project of the same search
 * as CSV, read from the database 200 at a time). The parameters are the catalogue page's; a value that means nothing is
 * ignored, as there.
 */
@Path("catalogue")
@RequestScoped
@PermitAll
@Tag(name = "Open data", description = "The virtual incubator's catalogue, public")
public class CatalogueResource {

    private static final int CHUNK = 200;

    @Schema(description = "A published project of the catalogue")
    public record ProjectView(
            @Schema(description = "its address in the catalogue: /hub/projects/{slug}") String slug,
            String name,
            @Schema(description = "the project in one sentence") String tagline,
            String problem,
            String solution,
            Sector sector,
            ProjectStage stage,
            BusinessModel businessModel,
            boolean openSource,
            String licence,
            String repositoryUrl,
            String website,
            @Schema(description = "ISO 3166-2 regions or ISO 3166-1 countries where it runs") List<String> regions,
            List<GovernmentLevel> levels,
            List<Need> needs,
            Integer usersCount,
            boolean mobileApp,
            @Schema(description = "the project abroad this is a local version of") String copycatOf,
            LocalDateTime publishedAt,
            @Schema(description = "when it was last changed (UTC)") LocalDateTime updatedAt,
            @Schema(description = "released expert reviews") int reviewCount,
            @Schema(description = "mean of the released reviews' ratings, 1..5 to one decimal; null without reviews") Double rating) {

        static ProjectView of(Project p) {
            return new ProjectView(p.getSlug(), p.getName(), p.getTagline(), p.getProblem(), p.getSolution(), p.getSector(), p.getStage(),
                    p.getBusinessModel(), p.isOpenSource(), p.getLicence(), p.getRepositoryUrl(), p.getWebsite(),
                    p.getRegions().stream().map(Region::getCode).sorted().toList(), p.getLevels().stream().sorted().toList(),
                    p.getNeeds().stream().sorted().toList(), p.getUsersCount(), p.isMobileApp(), p.getCopycatOf(), p.getPublishedAt(),
                    p.getUpdatedAt(), p.getReviewCount(), p.getRating());
        }
    }

    @Schema(description = "A page of the catalogue: its projects, how many match in all, and each facet's counts")
    public record CataloguePageView(long total, int page, int pages, int pageSize, List<ProjectView> projects,
                                    @Schema(description = "facet → value → number of projects") Map<String, Map<String, Long>> facets) {
    }

    @EJB
    private CatalogueService catalogue;

    @GET
    @Path("projects")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the catalogue", description = "A page of twenty published projects: the words (English or Russian, any "
            + "form), at most one value per facet, the order and the page, as on the catalogue page.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CataloguePageView.class)))
    public CataloguePageView projects(@Parameter(description = "words to search for") @QueryParam("q") String q,
                                      @QueryParam("sector") String sector, @QueryParam("region") String region,
                                      @QueryParam("stage") String stage, @QueryParam("model") String model,
                                      @Parameter(description = "true or false") @QueryParam("oss") String oss,
                                      @QueryParam("need") String need,
                                      @Parameter(description = "NEWEST, NAME or UPDATED") @QueryParam("sort") String sort,
                                      @QueryParam("page") @DefaultValue("1") String page) {
        CataloguePage result = catalogue.search(CatalogueQuery.parse(q, sector, region, stage, model, oss, need, sort, number(page)));
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet.name(), counts.entrySet().stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> a, TreeMap::new))));
        return new CataloguePageView(result.total(), result.query().page(), result.pages(), CatalogueQuery.PAGE_SIZE,
                result.projects().stream().map(ProjectView::of).toList(), facets);
    }

    @GET
    @Path("projects.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The catalogue as CSV", description = "Every published project of the search (same parameters as the JSON), "
            + "one row each, UTF-8 with a header row; regions, levels and needs separated by spaces.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    public Response csv(@QueryParam("q") String q, @QueryParam("sector") String sector, @QueryParam("region") String region,
                        @QueryParam("stage") String stage, @QueryParam("model") String model, @QueryParam("oss") String oss,
                        @QueryParam("need") String need, @QueryParam("sort") String sort) {
        CatalogueQuery query = CatalogueQuery.parse(q, sector, region, stage, model, oss, need, sort, 1);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write("slug,name,tagline,sector,stage,business_model,open_source,licence,repository_url,website,regions,levels,needs,"
                    + "users_count,mobile_app,copycat_of,published_at,updated_at,review_count,rating\r\n");
            for (int first = 0; ; first += CHUNK) {
                List<Project> chunk = catalogue.projects(query, first, CHUNK);
                for (Project p : chunk) {
                    ProjectView v = ProjectView.of(p);
                    writer.write(String.join(",", cell(v.slug()), cell(v.name()), cell(v.tagline()), cell(v.sector()), cell(v.stage()),
                            cell(v.businessModel()), cell(v.openSource()), cell(v.licence()), cell(v.repositoryUrl()), cell(v.website()),
                            cell(String.join(" ", v.regions())), cell(words(v.levels())), cell(words(v.needs())), cell(v.usersCount()),
                            cell(v.mobileApp()), cell(v.copycatOf()), cell(v.publishedAt()), cell(v.updatedAt()),
                            cell(v.reviewCount()), cell(v.rating())));
                    writer.write("\r\n");
                }
                if (chunk.size() < CHUNK) {
                    break;
                }
            }
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"projects.csv\"").build();
    }

    private static String words(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(" "));
    }

    private static String cell(Object value) {
        return value == null ? "" : value instanceof Number || value instanceof Boolean ? value.toString()
                : SpreadsheetCell.csv(value.toString());
    }

    private static int number(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException | NullPointerException meaningless) {
            return 1;
        }
    }
}
