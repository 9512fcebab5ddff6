package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.govtechhub.incubator.BusinessModel;
import org.govtechhub.incubator.CatalogueQuery;
import org.govtechhub.incubator.CatalogueQuery.Facet;
import org.govtechhub.incubator.CataloguePage;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.ProjectStage;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.Sector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * incubator/projects.xhtml, at /projects?q=&sector=&region=&stage=&model=&oss=&need=&sort=&page=: the public catalogue.
 * Everything a visitor chose is in the address, so a search can be bookmarked and shared; every choice is a plain
 * link. A value that means nothing (a crafted address) is ignored, never an error.
 */
@Named
@ViewScoped
public class ProjectsBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService catalogue;

    private String q;
    private String sector;
    private String region;
    private String stage;
    private String model;
    private String oss;
    private String need;
    private String sort;
    private int page = 1;

    private CataloguePage result;
    private Map<String, Region> regions;

    public void load() {
        regions = catalogue.regions().stream().collect(Collectors.toMap(Region::getCode, r -> r, (a, b) -> a, LinkedHashMap::new));
        if (region != null && !regions.containsKey(region)) {
            region = null;
        }
        result = catalogue.search(CatalogueQuery.parse(q, sector, region, stage, model, oss, need, sort, page));
    }

    /** One facet's values that any project has (and the chosen one), each with its count and a link that toggles it. */
    public List<Choice> choices(String facet) {
        Facet f = Facet.valueOf(facet);
        List<Choice> choices = new ArrayList<>();
        for (Object value : values(f)) {
            long count = result.count(f, value);
            String code = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            boolean chosen = code.equals(current(f));
            if (count > 0 || chosen) {
                choices.add(new Choice(code, label(f, value), count, chosen, link(parameter(f), chosen ? null : code)));
            }
        }
        return choices;
    }

    private List<Object> values(Facet facet) {
        return switch (facet) {
            case SECTOR -> Arrays.asList((Object[]) Sector.values());
            case STAGE -> Arrays.asList((Object[]) ProjectStage.values());
            case MODEL -> Arrays.asList((Object[]) BusinessModel.values());
            case NEED -> Arrays.asList((Object[]) Need.values());
            case OPEN_SOURCE -> List.of(Boolean.TRUE, Boolean.FALSE);
            case REGION -> new ArrayList<>(regions.keySet());
        };
    }

    private String label(Facet facet, Object value) {
        return switch (facet) {
            case REGION -> regions.get(value).name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            case OPEN_SOURCE -> org.govtechhub.web.shared.Messages.format(FacesContext.getCurrentInstance(),
                    Boolean.TRUE.equals(value) ? "incubator.openSource.yes" : "incubator.openSource.no");
            default -> org.govtechhub.web.shared.Messages.format(FacesContext.getCurrentInstance(),
                    value.getClass().getSimpleName() + "." + ((Enum<?>) value).name());
        };
    }

    private String current(Facet facet) {
        return switch (facet) {
            case SECTOR -> sector;
            case REGION -> region;
            case STAGE -> stage;
            case MODEL -> model;
            case OPEN_SOURCE -> oss;
            case NEED -> need;
        };
    }

    private static String parameter(Facet facet) {
        return switch (facet) {
            case OPEN_SOURCE -> "oss";
            default -> facet.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The catalogue's address with one parameter changed (null removes it), from the first page. */
    public String link(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("sector", sector);
        parameters.put("region", region);
        parameters.put("stage", stage);
        parameters.put("model", model);
        parameters.put("oss", oss);
        parameters.put("need", need);
        parameters.put("sort", sort);
        parameters.put(name, value);
        if (!"page".equals(name)) {
            parameters.remove("page");
        } else {
            parameters.put("page", value);
        }
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address of a page of the same search. */
    public String pageLink(int number) {
        return link("page", String.valueOf(number));
    }

    public String projectLink(String slug) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects/" + slug;
    }

    public List<String> getSorts() {
        return Arrays.stream(CatalogueQuery.Sort.values()).map(Enum::name).toList();
    }

    public String getCurrentSort() {
        return result.query().sort().name();
    }

    public String regionName(Region r) {
        return r.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** A facet value as the page offers it. */
    public record Choice(String code, String label, long count, boolean chosen, String link) {
    }

    public CataloguePage getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getOss() {
        return oss;
    }

    public void setOss(String oss) {
        this.oss = oss;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.min(Math.max(1, page), 10_000);
    }
}
