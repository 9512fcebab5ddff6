package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.procurement.BidOpening;
import org.govtechhub.procurement.BidService;
import org.govtechhub.procurement.Category;
import org.govtechhub.procurement.Lot;
import org.govtechhub.procurement.PcpCall;
import org.govtechhub.procurement.PcpService;
import org.govtechhub.procurement.Procedure;
import org.govtechhub.procurement.Question;
import org.govtechhub.procurement.Tender;
import org.govtechhub.procurement.TenderDetails;
import org.govtechhub.procurement.TenderDocument;
import org.govtechhub.procurement.TenderEvaluationService;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.UploadedPdf;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * procurement/manage/tender.xhtml?id= (new: no id; a PCP call: pcp=true): the department's opportunity — its details,
 * lots, criteria and documents while a draft, publication, the answers to questions, the jury and the opening log.
 */
@Named
@ViewScoped
public class TenderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CRITERIA_ROWS = 5;

    @EJB
    private TenderService tenders;

    @EJB
    private BidService bids;

    @EJB
    private TenderEvaluationService evaluation;

    @EJB
    private PcpService pcp;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private boolean pcpCall;
    private Tender tender;
    private PcpCall call;
    private TenderDetails details = new TenderDetails();
    private final int[] keep = {5, 3, 2};
    private final BigDecimal[] phaseBudgets = new BigDecimal[3];
    private final String[] criterionNames = new String[CRITERIA_ROWS];
    private final Integer[] criterionWeights = new Integer[CRITERIA_ROWS];
    private final Map<Long, String> answers = new HashMap<>();
    private String lotTitle;
    private BigDecimal lotBudget;
    private String jurorEmail;
    private String cancelReason;
    private transient Part file;

    public void load() {
        if (id != null) {
            show(tenders.tenderFor(id, user.email()));
            details = tender.details();
            for (int i = 0; i < tender.getCriteria().size() && i < CRITERIA_ROWS; i++) {
                criterionNames[i] = tender.getCriteria().get(i).getName();
                criterionWeights[i] = tender.getCriteria().get(i).getWeight();
            }
        }
    }

    public String save() {
        if (tender == null) {
            Tender created = pcpCall ? pcp.create(details, keep, phaseBudgets, user.email()).getTender() : tenders.create(details, user.email());
            messages.info("procurementManage_tender.created", created.getTitle());
            return "/procurement/manage/tender?faces-redirect=true&id=" + created.getId();
        }
        show(tenders.update(id, details, user.email()));
        messages.info("procurementManage_tender.saved");
        return null;
    }

    public void addLot() {
        tenders.addLot(id, lotTitle, lotBudget, user.email());
        lotTitle = null;
        lotBudget = null;
        show(tenders.tenderFor(id, user.email()));
    }

    public void removeLot(Lot lot) {
        show(tenders.removeLot(id, lot.getId(), user.email()));
    }

    public void saveCriteria() {
        show(tenders.setCriteria(id, Arrays.asList(criterionNames), Arrays.asList(criterionWeights), user.email()));
        messages.info("procurementManage_tender.criteriaSaved");
    }

    public void upload() {
        Part chosen = file;
        file = null;
        byte[] content = UploadedPdf.read(chosen, TenderDocument.UPLOAD, "procurement.document.required");
        tenders.attach(id, chosen.getSubmittedFileName(), content, user.email());
        messages.info("procurementManage_tender.documentKept", chosen.getSubmittedFileName());
    }

    public void publish() {
        show(tenders.publish(id, user.email()));
        messages.info("procurementManage_tender.published", tender.getTitle());
    }

    public void answer(Question question) {
        tenders.answer(question.getId(), answers.get(question.getId()), user.email());
        messages.info("procurementManage_tender.answered");
    }

    public void cancelLot(Lot lot) {
        tenders.cancelLot(lot.getId(), cancelReason, user.email());
        cancelReason = null;
        show(tenders.tenderFor(id, user.email()));
        messages.info("procurementManage_tender.lotCancelled", lot.getTitle());
    }

    public void addJuror() {
        String added = evaluation.addJuror(id, jurorEmail, user.email()).getFullName();
        jurorEmail = null;
        show(tenders.tenderFor(id, user.email()));
        messages.info("procurementManage_tender.jurorAdded", added);
    }

    private void show(Tender shown) {
        tender = shown;
        call = pcp.ofTender(shown).orElse(null);
        tenders.questions(shown).forEach(q -> answers.putIfAbsent(q.getId(), q.getAnswer()));
    }

    public List<Question> getQuestions() {
        return tenders.questions(tender);
    }

    public List<TenderDocument> getDocuments() {
        return tenders.documents(tender);
    }

    public List<BidOpening> getOpenings() {
        return bids.openings(id, user.email());
    }

    public List<Challenge> getChallenges() {
        return tenders.myChallenges(user.email());
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Procedure[] getProcedures() {
        return Procedure.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPcpCall() {
        return pcpCall || call != null;
    }

    public void setPcpCall(boolean pcpCall) {
        this.pcpCall = pcpCall;
    }

    public Tender getTender() {
        return tender;
    }

    public PcpCall getCall() {
        return call;
    }

    public TenderDetails getDetails() {
        return details;
    }

    public int[] getKeep() {
        return keep;
    }

    public BigDecimal[] getPhaseBudgets() {
        return phaseBudgets;
    }

    public String[] getCriterionNames() {
        return criterionNames;
    }

    public Integer[] getCriterionWeights() {
        return criterionWeights;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String getLotTitle() {
        return lotTitle;
    }

    public void setLotTitle(String lotTitle) {
        this.lotTitle = lotTitle;
    }

    public BigDecimal getLotBudget() {
        return lotBudget;
    }

    public void setLotBudget(BigDecimal lotBudget) {
        this.lotBudget = lotBudget;
    }

    public String getJurorEmail() {
        return jurorEmail;
    }

    public void setJurorEmail(String jurorEmail) {
        this.jurorEmail = jurorEmail;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
