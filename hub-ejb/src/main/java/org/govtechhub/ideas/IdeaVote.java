package org.govtechhub.ideas;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;

/** One person's support of one idea: a unique key keeps it to one (the idea's row lock serves them in turn). */
@Entity
@Table(name = "idea_vote")
@NamedQuery(name = "IdeaVote.count", query = "SELECT COUNT(v) FROM IdeaVote v WHERE v.idea = :idea")
@NamedQuery(name = "IdeaVote.countOf", query = "SELECT COUNT(v) FROM IdeaVote v WHERE v.idea = :idea AND v.person = :person")
@NamedQuery(name = "IdeaVote.supporters", query = "SELECT v.person FROM IdeaVote v WHERE v.idea = :idea ORDER BY v.id")
public class IdeaVote extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "idea_id", nullable = false, updatable = false)
    private Idea idea;

    @ManyToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    protected IdeaVote() {
    }

    IdeaVote(Idea idea, Person person) {
        this.idea = idea;
        this.person = person;
    }

    public Idea getIdea() {
        return idea;
    }

    public Person getPerson() {
        return person;
    }
}
