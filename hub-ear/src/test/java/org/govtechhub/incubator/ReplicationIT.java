package org.govtechhub.incubator;

import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replication across regions, on the real database: an owner records where the project is being adopted, a region's
 * page shows what runs there, what is being adopted there, what its neighbours use and what it could adopt, and the
 * replication map counts a region once its adoption is running.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicationIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ReplicationIT.class, IncubatorFixture.class).build();
    }

    @Inject
    private IncubatorFixture fixture;

    @Inject
    private ReplicationService replication;

    private static Adoption terms(String organisation, LocalDate since, AdoptionStatus status, BigDecimal cost, String note) {
        Adoption terms = Adoption.terms();
        terms.setOrganisation(organisation);
        terms.setStartedOn(since);
        terms.setStatus(status);
        terms.setCost(cost);
        terms.setNote(note);
        return terms;
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aProjectFromSamaraIsPilotedInTatarstanThenRunsThereAndTheMapCountsIt() {
        Person founder = fixture.founder("Dmitry Volkov");
        Project project = fixture.published(founder, IncubatorFixture.unique("Yard repairs"), "RU-SAM");
        LocalDate march = LocalDate.of(2026, 3, 1);

        Adoption piloting = replication.record(project.getId(), "RU-TA", terms("Kazan City Hall", march, AdoptionStatus.PILOTING, new BigDecimal("1200000"), "Two districts first"), founder.getEmail(), false);
        assertEquals(AdoptionStatus.PILOTING, piloting.getStatus());

        ReplicationService.RegionView tatarstan = replication.region("RU-TA");
        assertTrue(tatarstan.adoptedHere().stream().anyMatch(a -> a.getProject().equals(project)), "being adopted in Tatarstan");
        assertFalse(tatarstan.runningHere().contains(project), "not running there yet");
        assertFalse(tatarstan.neighboursUse().stream().anyMatch(n -> n.project().equals(project)), "adopted here, so not a neighbour's tip");
        ReplicationService.RegionView udmurtia = replication.region("RU-UD");
        assertFalse(udmurtia.neighboursUse().stream().anyMatch(n -> n.project().equals(project)), "Udmurtia borders Tatarstan, where it only pilots");

        replication.record(project.getId(), "RU-TA", terms("Kazan City Hall", march, AdoptionStatus.RUNNING, new BigDecimal("1500000"), null), founder.getEmail(), false);
        assertEquals(1, replication.adoptions(project).size(), "recording a region again changes it");
        assertEquals(new BigDecimal("1500000.00"), replication.adoptions(project).get(0).getCost());
        assertTrue(replication.region("RU-TA").runningHere().contains(project), "running in Tatarstan now");
        ReplicationService.Neighbourly tip = replication.region("RU-UD").neighboursUse().stream()
                .filter(n -> n.project().equals(project)).findFirst().orElseThrow();
        assertEquals("RU-TA", tip.neighbour().getCode());
        assertTrue(replication.region("RU-SAM").runningHere().contains(project), "and at home");
    }

    @Test
    void onlyItsOwnerOrAProgramManagerRecordsAndBadInputGetsItsMessage() {
        Person founder = fixture.founder("Elena Smirnova");
        Person stranger = fixture.civilServant("Someone Else");
        Project project = fixture.published(founder, IncubatorFixture.unique("Open schools"), "RU-YAR");
        LocalDate today = LocalDate.of(2026, 12, 1);

        assertEquals("error.notFound", key(() -> replication.record(project.getId(), "RU-KOS", terms("Kostroma", today, AdoptionStatus.PLANNED, null, null), stranger.getEmail(), false)));
        assertEquals("incubator.adoption.homeRegion", key(() -> replication.record(project.getId(), "RU-YAR", terms("Yaroslavl", today, AdoptionStatus.PLANNED, null, null), founder.getEmail(), false)));
        assertEquals("incubator.adoption.regionRequired", key(() -> replication.record(project.getId(), null, terms("Kostroma", today, AdoptionStatus.PLANNED, null, null), founder.getEmail(), false)));
        assertEquals("error.notFound", key(() -> replication.record(project.getId(), "XX-NOPE", terms("Kostroma", today, AdoptionStatus.PLANNED, null, null), founder.getEmail(), false)));
        assertEquals("incubator.adoption.organisationRequired", key(() -> replication.record(project.getId(), "RU-KOS", terms(" ", today, AdoptionStatus.PLANNED, null, null), founder.getEmail(), false)));
        assertEquals("incubator.adoption.dateAndStatusRequired", key(() -> replication.record(project.getId(), "RU-KOS", terms("Kostroma", null, AdoptionStatus.PLANNED, null, null), founder.getEmail(), false)));
        assertEquals("incubator.adoption.costNegative", key(() -> replication.record(project.getId(), "RU-KOS", terms("Kostroma", today, AdoptionStatus.PLANNED, new BigDecimal("-1"), null), founder.getEmail(), false)));
        assertTrue(replication.adoptions(project).isEmpty(), "nothing refused was kept");

        long inKostromaBefore = replication.map().regions().entrySet().stream().filter(e -> e.getKey().getCode().equals("RU-KOS"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        replication.record(project.getId(), "RU-KOS", terms("Kostroma Oblast Education Department", today, AdoptionStatus.RUNNING, null, null), stranger.getEmail(), true);

        long inKostroma = replication.map().regions().entrySet().stream().filter(e -> e.getKey().getCode().equals("RU-KOS"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        assertEquals(inKostromaBefore + 1, inKostroma, "a program manager recorded it running in Kostroma: the map counts it");
        assertTrue(replication.region("RU-KOS").runningHere().contains(project));
        assertTrue(replication.region("RU-YAR").runningHere().contains(project));
    }
}
