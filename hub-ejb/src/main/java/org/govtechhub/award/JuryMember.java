package org.govtechhub.award;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.Tags;

/** A juror of an edition, with the expertise the assignment matches against entries' topics; one may chair. */
@Entity
@Table(name = "award_jury_member")
@NamedQuery(name = "JuryMember.isMember", query = "SELECT COUNT(j) FROM JuryMember j WHERE j.edition = :edition AND j.person.email = :email")
@NamedQuery(name = "JuryMember.ofEdition", query = "SELECT j FROM JuryMember j WHERE j.edition = :edition ORDER BY j.person.fullName, j.id")
public class JuryMember extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    private AwardEdition edition;

    @ManyToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    private Tags expertise = Tags.parse("");

    private boolean chair;

    protected JuryMember() {
    }

    public JuryMember(AwardEdition edition, Person person, Tags expertise, boolean chair) {
        this.edition = edition;
        this.person = person;
        this.expertise = expertise;
        this.chair = chair;
    }

    @Override
    protected String auditSummary() {
        return edition.getName() + " juror " + person.getEmail();
    }

    public AwardEdition getEdition() {
        return edition;
    }

    public Person getPerson() {
        return person;
    }

    public Tags getExpertise() {
        return expertise;
    }

    public boolean isChair() {
        return chair;
    }
}
