package org.govtechhub.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govtechhub.cohort.ImpactFigures;
import org.govtechhub.cohort.ImpactService;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Open data, for anyone and without signing in: GET /api/impact/cohorts/{id} and /api/impact/programmes/{id}, the
 * headline impact figures of a cohort or of a programme (all its cohorts), the same figures as the impact report.
 * An unknown or malformed id answers 404 with a JSON body.
 */
@Path("impact")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "Impact of the cohorts and programmes, public")
public class ImpactResource {

    @Schema(description = "Headline impact figures of a cohort or a programme")
    public record ImpactView(
            @Schema(description = "cohort or programme") String scope,
            long id,
            @Schema(description = "the cohort's or the programme's name") String name,
            @Schema(description = "the programme's name") String programme,
            @Schema(description = "applications submitted (drafts excluded)") long applications,
            @Schema(description = "participants: accepted applications") long participants,
            @Schema(description = "departments with a published challenge") long departmentsWithChallenges,
            @Schema(description = "people of those departments with any role") long civilServantsInvolved,
            @Schema(description = "per cent of participants continuing cooperation, one decimal") BigDecimal continuingCooperationPercent,
            @Schema(description = "per cent of participants with a signed contract, one decimal") BigDecimal withContractPercent,
            @Schema(description = "total value of the signed contracts") BigDecimal totalContractValue,
            @Schema(description = "investment raised by the participants") BigDecimal investmentRaised,
            @Schema(description = "jobs created by the participants") long jobsCreated,
            @Schema(description = "participants per innovation stage (those with a recorded outcome)") List<StageView> stages,
            @Schema(description = "a programme's initiatives that reached each stage of the innovation funnel (empty for a cohort)")
            List<FunnelStageView> funnel) {

        static ImpactView of(ImpactFigures figures) {
            return new ImpactView(figures.scope().name().toLowerCase(java.util.Locale.ROOT), figures.id(), figures.name(), figures.programme(),
                    figures.applications(), figures.participants(), figures.departments(), figures.civilServants(),
                    figures.continuingPercent(), figures.withContractPercent(), figures.contractValue(), figures.investmentRaised(),
                    figures.jobsCreated(), figures.stages().stream().map(s -> new StageView(s.stage(), s.participants())).toList(),
                    figures.funnel().isEmpty() ? List.of() : java.util.Arrays.stream(FunnelStage.values())
                            .map(s -> new FunnelStageView(s, figures.funnel().getOrDefault(s, 0L))).toList());
        }
    }

    public record StageView(InnovationStage stage, long participants) {
    }

    public record FunnelStageView(FunnelStage stage, long initiatives) {
    }

    @Schema(description = "An error: the HTTP status, a message key and an English message")
    public record ApiError(int status, String error, String message) {
    }

    @EJB
    private ImpactService impact;

    @GET
    @Path("cohorts/{id}")
    @Operation(summary = "Impact of a cohort", description = "Headline figures of one cohort: applications, participants, departments, "
            + "civil servants, continued cooperation and contracts (per cent of participants), contract value, investment, jobs.")
    @APIResponse(responseCode = "200", description = "The cohort's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactView.class)))
    @APIResponse(responseCode = "404", description = "No cohort with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response cohort(@Parameter(description = "the cohort's id", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                             @PathParam("id") String id) {
        return figures(id, impact::cohortFigures);
    }

    @GET
    @Path("programmes/{id}")
    @Operation(summary = "Impact of a programme", description = "The same headline figures over all cohorts of a programme; a department, "
            + "a civil servant or a startup taking part in several cohorts counts once.")
    @APIResponse(responseCode = "200", description = "The programme's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactView.class)))
    @APIResponse(responseCode = "404", description = "No programme with this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response programme(@Parameter(description = "the programme's id", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                             @PathParam("id") String id) {
        return figures(id, impact::programmeFigures);
    }

    private static Response figures(String id, LongFunction<ImpactFigures> figures) {
        long parsed;
        try {
            parsed = Long.parseLong(id);
        } catch (NumberFormatException malformed) {
            return notFound(id);
        }
        try {
            return Response.ok(ImpactView.of(figures.apply(parsed))).build();
        } catch (BusinessException e) {
            if ("error.notFound".equals(e.getMessageKey())) {
                return notFound(id);
            }
            throw e;
        }
    }

    private static Response notFound(String id) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(404, "error.notFound", "The record " + id + " does not exist.")).build();
    }
}
