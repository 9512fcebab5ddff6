package org.govtechhub.incubator;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue as open data, over HTTP without signing in: a page of projects as JSON with its facets, every project
 * of a search as CSV, a meaningless parameter ignored, and both described in the OpenAPI document. On the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueOpenDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void anyoneReadsTheCatalogueAsJsonWithItsFacets() throws Exception {
        HubClient visitor = new HubClient();

        HttpResponse<String> page = visitor.get("api/catalogue/projects?q=%D0%93%D0%9B%D0%9E%D0%9D%D0%90%D0%A1%D0%A1&sector=TRANSPORT&stage=BOGUS");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = page.body();
        assertTrue(json.contains("\"slug\":\"bus62-ru\""), json);
        assertTrue(json.contains("\"regions\":[\"RU-RYA\"]"), json);
        assertTrue(json.contains("\"reviewCount\":1") && json.contains("\"rating\":4.4"), "the demo review's aggregate, 22 points / 5: " + json);
        assertTrue(json.contains("\"SECTOR\":{\"TRANSPORT\":"), "the facets' counts: " + json);
        assertFalse(json.contains("streetjournal"), json);
    }

    @Test
    void anyoneDownloadsEveryProjectOfASearchAsCsv() throws Exception {
        HubClient visitor = new HubClient();

        HttpResponse<String> csv = visitor.get("api/catalogue/projects.csv?oss=true");

        assertEquals(200, csv.statusCode(), csv.body());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("slug,name,tagline,sector,stage,business_model,open_source"), lines[0]);
        assertTrue(lines[0].endsWith(",review_count,rating"), lines[0]);
        assertTrue(csv.body().contains("fixmystreet,FixMyStreet,"), csv.body());
        assertTrue(csv.body().contains("decidim,Decidim,"), csv.body());
        assertFalse(csv.body().contains("streetjournal,"), "not open source: " + csv.body());
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains(",true,"), "every row is open source: " + lines[i]);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogue() throws Exception {
        HttpResponse<String> openapi = new HubClient().get("/openapi");

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/catalogue/projects"), openapi.body());
        assertTrue(openapi.body().contains("/api/catalogue/projects.csv"));
    }
}
