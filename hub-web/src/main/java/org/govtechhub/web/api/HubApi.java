package org.govtechhub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

/**
 * The REST API under /hub/api. Every resource declares its roles with {@code @RolesAllowed}
 * (enforced by Jersey's roles feature); web.xml lets only signed-in users reach /api/*, except the open data
 * under /api/impact/* and /api/catalogue/* ({@code @PermitAll}), which is public.
 * The OpenAPI document is served by Payara at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "GovTech Hub API", version = "1.0"))
public class HubApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
