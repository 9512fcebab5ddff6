package org.govtechhub.ideas;

import org.govtechhub.identity.EmailVerification;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.SecureToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of ideas, as citizens, moderators and departments meet them. */
class IdeaRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

    private final Person anna = person("Anna", Role.CITIZEN);
    private final Person boris = person("Boris", Role.CITIZEN);
    private final Person fiona = person("Fiona", Role.CIVIL_SERVANT);

    private static Person person(String name, Role role) {
        return new Person(name, name.toLowerCase() + "@example.org", null, EnumSet.of(role));
    }

    private Idea idea(Person author, String title) {
        return new Idea(author, title, "The problem, in the author's words.", PublicService.TRANSPORT, District.CENTRAL, null, NOW);
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void citizensAndCivilServantsSubmitIdeasOthersDoNot() {
        assertTrue(idea(anna, "Buses").isPublished());
        assertTrue(idea(fiona, "Queues").isPublished());
        assertEquals("ideas.notAllowedToSubmit", key(() -> idea(person("Sara", Role.STARTUP), "A pitch")));
    }

    @Test
    void anIdeaNeedsATitleTheProblemTheServiceAndAPlace() {
        assertEquals("ideas.titleRequired", key(() -> new Idea(anna, " ", "p", PublicService.TRANSPORT, District.CENTRAL, null, NOW)));
        assertEquals("ideas.problemRequired", key(() -> new Idea(anna, "t", null, PublicService.TRANSPORT, District.CENTRAL, null, NOW)));
        assertEquals("ideas.serviceRequired", key(() -> new Idea(anna, "t", "p", null, District.CENTRAL, null, NOW)));
        assertEquals("ideas.districtRequired", key(() -> new Idea(anna, "t", "p", PublicService.TRANSPORT, null, "  ", NOW)));
        assertEquals("ideas.titleTooLong", key(() -> new Idea(anna, "x".repeat(201), "p", PublicService.TRANSPORT, District.CENTRAL, null, NOW)));
        Idea inWords = new Idea(anna, "t", "p", PublicService.OTHER, null, " Basmanny district ", NOW);
        assertEquals("Basmanny district", inWords.getDistrictText());
        assertNull(inWords.getDistrict());
    }

    @Test
    void everyoneButTheAuthorSupportsOnceAndEachVoteCounts() {
        Idea buses = idea(anna, "Buses");
        IdeaVote vote = buses.support(boris, false);
        assertSame(boris, vote.getPerson());
        buses.support(fiona, false);
        assertEquals(2, buses.getSupporters());
        assertEquals("ideas.alreadySupported", key(() -> buses.support(boris, true)));
        assertEquals("ideas.ownIdea", key(() -> buses.support(anna, false)));
        assertEquals(2, buses.getSupporters(), "refused votes count nothing");
    }

    @Test
    void aModeratorHidesWithAReasonAndAHiddenIdeaTakesNoSupportAndIsSeenOnlyByItsAuthorAndModerators() {
        Idea spam = idea(anna, "Buy my car");
        assertEquals("ideas.hideReasonRequired", key(() -> spam.hide(" ")));
        spam.hide("Advertising is not an idea (rule 3)");
        assertEquals(IdeaStatus.HIDDEN, spam.getStatus());
        assertEquals("Advertising is not an idea (rule 3)", spam.getModerationReason());
        assertEquals("ideas.notOpenForSupport", key(() -> spam.support(boris, false)));
        assertFalse(spam.isVisibleTo(boris, false));
        assertFalse(spam.isVisibleTo(null, false));
        assertTrue(spam.isVisibleTo(anna, false));
        assertTrue(spam.isVisibleTo(boris, true));
        assertEquals("ideas.notPublished", key(() -> spam.hide("again")));
    }

    @Test
    void aDuplicateIsMergedIntoAPublishedIdeaOnly() {
        Idea original = idea(anna, "Bike lanes");
        Idea duplicate = idea(boris, "More bike lanes");
        assertEquals("ideas.mergeIntoItself", key(() -> duplicate.mergeInto(duplicate)));
        assertEquals("ideas.mergeTargetRequired", key(() -> duplicate.mergeInto(null)));
        Idea hidden = idea(fiona, "Hidden");
        hidden.hide("off topic");
        assertEquals("ideas.mergeTargetNotPublished", key(() -> duplicate.mergeInto(hidden)));
        duplicate.mergeInto(original);
        assertEquals(IdeaStatus.MERGED, duplicate.getStatus());
        assertSame(original, duplicate.getMergedInto());
        assertTrue(duplicate.isVisibleTo(null, false), "a merged idea stays readable, pointing to the other");
        assertEquals("ideas.notOpenForSupport", key(() -> duplicate.support(fiona, false)));
        original.supportersCounted(3);
        assertEquals(3, original.getSupporters());
    }

    @Test
    void theResponsibleDepartmentAnswersAndDecliningNeedsAReason() {
        Organisation transport = new Organisation("Transport", OrganisationKind.DEPARTMENT);
        Organisation startup = new Organisation("Lab", OrganisationKind.STARTUP);
        Idea buses = idea(anna, "Buses");
        assertEquals("ideas.departmentRequired", key(() -> buses.assign(startup, NOW)));
        buses.assign(transport, NOW);
        assertTrue(buses.isAssignedTo(transport));
        assertEquals("ideas.answerRequired", key(() -> buses.answer(null, "x", NOW)));
        assertEquals("ideas.declineReasonRequired", key(() -> buses.answer(IdeaAnswer.DECLINED, " ", NOW)));
        buses.answer(IdeaAnswer.UNDER_STUDY, null, NOW);
        assertEquals(IdeaAnswer.UNDER_STUDY, buses.getAnswer());
        buses.answer(IdeaAnswer.DECLINED, "The route is served by the metro since May.", NOW.plusDays(3));
        assertEquals(IdeaAnswer.DECLINED, buses.getAnswer());
        assertEquals("The route is served by the metro since May.", buses.getAnswerText());
        assertEquals(NOW.plusDays(3), buses.getAnsweredAt());
        buses.answer(IdeaAnswer.DONE, null, NOW.plusDays(30));
        assertNull(buses.getAnswerText(), "a new answer replaces the old one's words");
    }

    @Test
    void commentsNeedWordsAndAModeratorHidesThemWithAReason() {
        Idea buses = idea(anna, "Buses");
        assertEquals("ideas.commentRequired", key(() -> new IdeaComment(buses, boris, " ")));
        IdeaComment rude = new IdeaComment(buses, boris, " Rude words ");
        assertEquals("Rude words", rude.getText());
        assertEquals("ideas.hideReasonRequired", key(() -> rude.hide(null)));
        rude.hide("Insults (rule 2)");
        assertTrue(rude.isHidden());
        assertNull(rude.getText(), "nobody reads a hidden comment");
        assertEquals("ideas.commentAlreadyHidden", key(() -> rude.hide("again")));
        buses.hide("duplicate");
        assertEquals("ideas.notOpenForComments", key(() -> new IdeaComment(buses, fiona, "Hello")));
    }

    @Test
    void attachmentsArePdfsOrImagesByTheirContentAndAtMostFiveMegabytes() {
        Idea buses = idea(anna, "Buses");
        assertEquals("application/pdf", new IdeaAttachment(buses, "scheme.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)).getContentType());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        IdeaAttachment photo = new IdeaAttachment(buses, "C:\\photos\\stop.png", png);
        assertEquals("image/png", photo.getContentType());
        assertEquals("stop.png", photo.getFileName());
        assertTrue(photo.isImage());
        assertEquals("image/jpeg", new IdeaAttachment(buses, "stop.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).getContentType());
        assertEquals("ideas.attachment.notAllowed", key(() -> new IdeaAttachment(buses, "virus.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("ideas.attachment.empty", key(() -> new IdeaAttachment(buses, "empty.pdf", new byte[0])));
        assertEquals("ideas.attachment.tooLarge", key(() -> IdeaAttachment.checkSize(IdeaAttachment.MAX_BYTES + 1L)));
        IdeaAttachment.checkSize(IdeaAttachment.MAX_BYTES);
    }

    @Test
    void aSelfRegisteredCitizenIsUnverifiedUntilTheLinkIsUsedOnceBeforeItExpires() {
        Person citizen = Person.selfRegisteredCitizen(" Olga ", "Olga@Example.org");
        assertFalse(citizen.isEmailVerified());
        assertEquals(Set.of(Role.CITIZEN), citizen.getRoles());
        assertEquals("olga@example.org", citizen.getEmail());
        EmailVerification link = new EmailVerification(citizen, NOW);
        assertTrue(SecureToken.looksLikeOne(link.getToken()));
        assertEquals("identity.verification.expired", key(() -> link.use(NOW.plus(EmailVerification.VALID_FOR))));
        assertFalse(citizen.isEmailVerified());
        assertSame(citizen, link.use(NOW.plusHours(1)));
        assertTrue(citizen.isEmailVerified());
        assertEquals("identity.verification.used", key(() -> link.use(NOW.plusHours(2))));
        assertTrue(new Person("Admin-made", "a@example.org", null, EnumSet.of(Role.CIVIL_SERVANT)).isEmailVerified());
    }

    @Test
    void tokensAre256RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = SecureToken.next();
            assertEquals(43, token.length());
            assertTrue(SecureToken.looksLikeOne(token));
            assertTrue(seen.add(token));
        }
        assertFalse(SecureToken.looksLikeOne("../../etc/passwd"));
        assertFalse(SecureToken.looksLikeOne(null));
    }
}
