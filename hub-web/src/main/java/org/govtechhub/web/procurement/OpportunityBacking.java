package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.procurement.PcpCall;
import org.govtechhub.procurement.PcpService;
import org.govtechhub.procurement.Question;
import org.govtechhub.procurement.Tender;
import org.govtechhub.procurement.TenderDocument;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * procurement/opportunity.xhtml?id=: a published opportunity for everyone — its terms, lots and awards, documents,
 * criteria and the public questions and answers (never the asker); a signed-in startup asks and goes on to bid.
 */
@Named
@ViewScoped
public class OpportunityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenderService tenders;

    @EJB
    private PcpService pcp;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Tender tender;
    private List<Question> questions;
    private List<TenderDocument> documents;
    private PcpCall call;
    private boolean mine;
    private String question;

    public void load() {
        tender = tenders.published(id);
        questions = tenders.questions(tender);
        documents = tenders.documents(tender);
        call = pcp.ofTender(tender).orElse(null);
        mine = user.isSignedIn() && user.isInRole("DEPARTMENT") && tender.belongsTo(tenders.me(user.email()).getOrganisation());
    }

    public void ask() {
        tenders.ask(id, question, user.email());
        question = null;
        questions = tenders.questions(tender);
        messages.info("procurement_opportunity.asked");
    }

    public boolean isOpen() {
        return tender.isOpenForBids(Clock.now());
    }

    public boolean isMine() {
        return mine;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tender getTender() {
        return tender;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<TenderDocument> getDocuments() {
        return documents;
    }

    public PcpCall getCall() {
        return call;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
