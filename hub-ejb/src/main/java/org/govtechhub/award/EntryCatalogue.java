package org.govtechhub.award;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.evaluation.SubjectCatalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Award entries as the jury sees them: title, nomination and entrant, summary, results, team and attachments. */
@ApplicationScoped
public class EntryCatalogue implements SubjectCatalogue {

    private static final String PREFIX = "award-edition:";

    @EJB
    private EntryService entries;

    @EJB
    private AwardService awards;

    @EJB
    private JudgingService judging;

    @Override
    public boolean owns(String owner) {
        return owner.startsWith(PREFIX);
    }

    @Override
    public Optional<Subject> describe(String owner, long subjectId) {
        return entries.find(subjectId).filter(e -> e.getNomination().getEdition().owner().equals(owner))
                .map(e -> subject(e, entries.attachments(e)));
    }

    @Override
    public List<Subject> declarable(String email) {
        List<AwardEntry> declarable = judging.entriesToDeclare(email);
        Map<Long, List<Attachment>> attachments = entries.attachments(declarable);
        return declarable.stream().map(e -> subject(e, attachments.getOrDefault(e.getId(), List.of()))).toList();
    }

    private static Subject subject(AwardEntry entry, List<Attachment> attachments) {
        return new Subject(entry.getNomination().getEdition().owner(), entry.getId(), entry.getTitle(),
                entry.getNomination().getName() + " · " + entry.entrantName(),
                List.of(new Subject.Section("award.summary", entry.getSummary()), new Subject.Section("award.results", entry.getResults()),
                        new Subject.Section("award_score.team", entry.getTeam())),
                attachments.stream().map(a -> new Subject.Document(a.getFileName(), "/awards/attachment?id=" + a.getId())).toList());
    }
}
