package org.govtechhub.web.award.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.award.AwardEdition;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.AwardService;
import org.govtechhub.award.Eligibility;
import org.govtechhub.award.EntrantType;
import org.govtechhub.award.EntryService;
import org.govtechhub.award.JuryMember;
import org.govtechhub.award.Nomination;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** awards/manage/edition.xhtml?id=: an edition's timeline and jury rules, its nominations, its jury and its entries. */
@Named
@ViewScoped
public class EditionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AwardService awards;

    @EJB
    private EntryService entries;

    @Inject
    private Messages messages;

    private Long id;
    private AwardEdition edition;
    private String nominationName;
    private String nominationDescription;
    private Set<EntrantType> nominationTypes = EnumSet.of(EntrantType.DEPARTMENT, EntrantType.TEAM);
    private int nominationFinalists = 3;
    private int nominationWinners = 1;
    private Person juror;
    private String jurorExpertise;
    private boolean jurorChair;
    private transient Map<Long, Eligibility> eligibility;

    public void load() {
        if (id == null) {
            edition = new AwardEdition(null, Clock.now().truncatedTo(ChronoUnit.HOURS), Clock.now().truncatedTo(ChronoUnit.HOURS).plusDays(60));
        } else {
            edition = awards.get(id);
        }
    }

    public String save() {
        boolean created = edition.isNew();
        edition = awards.saveEdition(edition);
        messages.info("award_edition.saved", edition.getName());
        return created ? "/awards/manage/edition?faces-redirect=true&id=" + edition.getId() : null;
    }

    public void addNomination() {
        Nomination nomination = new Nomination(edition, nominationName, nominationTypes, nominationFinalists, nominationWinners);
        nomination.setDescription(nominationDescription);
        awards.saveNomination(nomination);
        messages.info("award_edition.nominationAdded", nominationName);
        nominationName = null;
        nominationDescription = null;
    }

    public void addJuror() {
        JuryMember member = awards.addJuror(edition.getId(), juror == null ? null : juror.getId(), jurorExpertise, jurorChair);
        messages.info("award_edition.jurorAdded", member.getPerson().getFullName());
        juror = null;
        jurorExpertise = null;
        jurorChair = false;
    }

    public void removeJuror(JuryMember member) {
        awards.removeJuror(member.getId());
    }

    public List<Nomination> getNominations() {
        return edition.isNew() ? List.of() : awards.nominations(edition);
    }

    public List<JuryMember> getJury() {
        return edition.isNew() ? List.of() : awards.jury(edition);
    }

    public List<Person> getJurorCandidates() {
        return awards.jurorCandidates();
    }

    public List<AwardEntry> getEntries() {
        return edition.isNew() ? List.of() : entries.entriesOf(edition);
    }

    /** The eligibility of an entry, computed once per view. */
    public Eligibility eligibility(AwardEntry entry) {
        if (eligibility == null) {
            eligibility = new HashMap<>();
        }
        return eligibility.computeIfAbsent(entry.getId(), k -> entries.eligibility(entry));
    }

    public List<AwardEdition> getPreviousCandidates() {
        return awards.editions().stream().filter(e -> !e.equals(edition)).toList();
    }

    public EntrantType[] getEntrantTypes() {
        return EntrantType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AwardEdition getEdition() {
        return edition;
    }

    public String getNominationName() {
        return nominationName;
    }

    public void setNominationName(String nominationName) {
        this.nominationName = nominationName;
    }

    public String getNominationDescription() {
        return nominationDescription;
    }

    public void setNominationDescription(String nominationDescription) {
        this.nominationDescription = nominationDescription;
    }

    public Set<EntrantType> getNominationTypes() {
        return nominationTypes;
    }

    public void setNominationTypes(Set<EntrantType> nominationTypes) {
        this.nominationTypes = nominationTypes;
    }

    public int getNominationFinalists() {
        return nominationFinalists;
    }

    public void setNominationFinalists(int nominationFinalists) {
        this.nominationFinalists = nominationFinalists;
    }

    public int getNominationWinners() {
        return nominationWinners;
    }

    public void setNominationWinners(int nominationWinners) {
        this.nominationWinners = nominationWinners;
    }

    public Person getJuror() {
        return juror;
    }

    public void setJuror(Person juror) {
        this.juror = juror;
    }

    public String getJurorExpertise() {
        return jurorExpertise;
    }

    public void setJurorExpertise(String jurorExpertise) {
        this.jurorExpertise = jurorExpertise;
    }

    public boolean isJurorChair() {
        return jurorChair;
    }

    public void setJurorChair(boolean jurorChair) {
        this.jurorChair = jurorChair;
    }
}
