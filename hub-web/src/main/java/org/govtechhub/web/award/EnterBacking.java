package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.EntrantType;
import org.govtechhub.award.EntryService;
import org.govtechhub.award.Nomination;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.PersonService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * awards/enter.xhtml: the nominations open for entries, each with a form to start a draft (title, and entering as
 * one of the types that both fit the user's organisation and the nomination admits); below, the user's entries.
 */
@Named
@RequestScoped
public class EnterBacking {

    @EJB
    private EntryService entries;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    /** What is typed in each nomination's form, by nomination id. */
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, EntrantType> types = new HashMap<>();

    private List<Nomination> nominations;
    private List<AwardEntry> myEntries;
    private Organisation organisation;
    private boolean organisationLoaded;

    public String start(Nomination nomination) {
        AwardEntry entry = entries.draft(nomination.getId(), types.get(nomination.getId()), titles.get(nomination.getId()), user.email());
        messages.info("award_enter.started", entry.getTitle());
        return "/awards/entry?faces-redirect=true&id=" + entry.getId();
    }

    /** The open nominations; where only one type fits, it is chosen already. */
    public List<Nomination> getNominations() {
        if (nominations == null) {
            nominations = entries.openNominations();
            for (Nomination nomination : nominations) {
                List<EntrantType> offered = typesFor(nomination);
                if (offered.size() == 1) {
                    types.putIfAbsent(nomination.getId(), offered.get(0));
                }
            }
        }
        return nominations;
    }

    /** The types the user may enter this nomination as: their organisation's kind, admitted by the nomination. */
    public List<EntrantType> typesFor(Nomination nomination) {
        Organisation mine = getOrganisation();
        return mine == null ? List.of() : EntrantType.forKind(mine.getKind()).stream().filter(nomination::allows).toList();
    }

    /** Who the nomination admits, in the enum's order. */
    public List<EntrantType> admitted(Nomination nomination) {
        return List.copyOf(nomination.getEntrantTypes());
    }

    /** The user's organisation, or null when the account has none. */
    public Organisation getOrganisation() {
        if (!organisationLoaded) {
            organisation = people.findByEmail(user.email()).map(p -> p.getOrganisation()).orElse(null);
            organisationLoaded = true;
        }
        return organisation;
    }

    public List<AwardEntry> getMyEntries() {
        if (myEntries == null) {
            myEntries = entries.entriesOf(user.email());
        }
        return myEntries;
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public Map<Long, EntrantType> getTypes() {
        return types;
    }
}
