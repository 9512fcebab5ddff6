package org.govtechhub.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service that refuses the caller's role (the resources' own {@code @RolesAllowed} should have kept them out)
 * answers 403 with a JSON body, never a 500.
 */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException refused) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", "forbidden").build().toString()).build();
    }
}
