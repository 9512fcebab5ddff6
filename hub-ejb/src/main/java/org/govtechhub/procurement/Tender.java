package org.govtechhub.procurement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.ScoreAggregator;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A department's contract opportunity: what it buys, the budget, the deadline for bids (UTC), the procedure and the
 * category, its lots, the criteria bids are scored on with their weights, and the jury that scores them; optionally
 * linked to one of the department's challenges. A draft is the department's to change; once published it is public and
 * takes bids on its open lots until the deadline, and nobody can move the deadline.
 */
@Entity
@Table(name = "procurement_tender")
@NamedQuery(name = "Tender.ofDepartment", query = "SELECT t FROM Tender t WHERE t.department = :department ORDER BY t.id DESC")
@NamedQuery(name = "Tender.byTitle", query = "SELECT t FROM Tender t WHERE t.title = :title")
public class Tender extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 20_000;
    static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999999");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    @ManyToOne
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Organisation department;

    @ManyToOne
    @JoinColumn(name = "challenge_id")
    private Challenge challenge;

    private String title;

    private String description;

    @Column(name = "budget_amount")
    private BigDecimal budget;

    private String currency;

    private LocalDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind")
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private TenderStatus status = TenderStatus.DRAFT;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lot> lots = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procurement_criterion", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    private List<RoundCriterion> criteria = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "procurement_tender_juror", joinColumns = @JoinColumn(name = "tender_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> jurors = new HashSet<>();

    protected Tender() {
    }

    /** A draft of this department with these details; the challenge, if any, must be the department's own. */
    public Tender(Organisation department, TenderDetails details, Challenge challenge, LocalDateTime nowUtc) {
        this.department = department;
        describe(details, challenge, nowUtc);
    }

    /** Takes over the department's details while the opportunity is a draft. */
    public void describe(TenderDetails details, Challenge linked, LocalDateTime nowUtc) {
        requireDraft();
        String checkedTitle = text(details.getTitle(), TITLE_MAX, "procurement.tender.titleRequired");
        BigDecimal amount = amount(details.getBudget(), "procurement.tender.budgetInvalid");
        String code = currency(details.getCurrency());
        if (details.getDeadline() == null) {
            throw new BusinessException("procurement.tender.deadlineRequired");
        }
        if (!details.getDeadline().isAfter(nowUtc)) {
            throw new BusinessException("procurement.tender.deadlinePast", WHEN.format(details.getDeadline()));
        }
        if (details.getProcedure() == null) {
            throw new BusinessException("procurement.tender.procedureRequired");
        }
        if (details.getCategory() == null) {
            throw new BusinessException("procurement.tender.categoryRequired");
        }
        if (linked != null && !linked.getDepartment().equals(department)) {
            throw BusinessException.notFound(linked.getId());
        }
        BigDecimal lotsTotal = lotsTotal();
        if (lotsTotal.compareTo(amount) > 0) {
            throw new BusinessException("procurement.lot.overBudget", lotsTotal.toPlainString(), amount.toPlainString());
        }
        title = checkedTitle;
        description = details.getDescription() == null || details.getDescription().isBlank() ? null
                : text(details.getDescription(), TEXT_MAX, "procurement.tender.titleRequired");
        budget = amount;
        currency = code;
        deadline = details.getDeadline();
        procedure = details.getProcedure();
        category = details.getCategory();
        challenge = linked;
    }

    /** The details as the department's form shows them for a change. */
    public TenderDetails details() {
        return new TenderDetails(title, description, budget, currency, deadline, procedure, category)
                .forChallenge(challenge == null ? null : challenge.getId());
    }

    /** Adds a lot at the end, while a draft; the lots' budgets together never exceed the opportunity's. */
    public Lot addLot(String lotTitle, BigDecimal lotBudget) {
        requireDraft();
        String checkedTitle = text(lotTitle, TITLE_MAX, "procurement.lot.titleRequired");
        BigDecimal amount = amount(lotBudget, "procurement.lot.budgetInvalid");
        BigDecimal total = lotsTotal().add(amount);
        if (total.compareTo(budget) > 0) {
            throw new BusinessException("procurement.lot.overBudget", total.toPlainString(), budget.toPlainString());
        }
        Lot lot = new Lot(this, lots.size() + 1, checkedTitle, amount);
        lots.add(lot);
        return lot;
    }

    public void removeLot(Long lotId) {
        requireDraft();
        lots.removeIf(l -> l.getId() != null && l.getId().equals(lotId));
        for (int i = 0; i < lots.size(); i++) {
            lots.get(i).renumber(i + 1);
        }
    }

    /** Sets the weighted criteria bids are scored on, while a draft: at least one, positive weights summing to 100. */
    public void replaceCriteria(List<RoundCriterion> replacement) {
        requireDraft();
        checkCriteria(replacement);
        criteria.clear();
        criteria.addAll(replacement);
    }

    static void checkCriteria(List<RoundCriterion> list) {
        if (list.isEmpty()) {
            throw new BusinessException("procurement.criteria.none");
        }
        Set<String> codes = new LinkedHashSet<>();
        int sum = 0;
        for (RoundCriterion criterion : list) {
            if (criterion.getName() == null || criterion.getName().isBlank()) {
                throw new BusinessException("procurement.criteria.nameRequired");
            }
            if (criterion.getWeight() <= 0) {
                throw new BusinessException("procurement.criteria.weightPositive", criterion.getName());
            }
            if (!codes.add(criterion.getCode())) {
                throw new BusinessException("procurement.criteria.duplicate", criterion.getName());
            }
            sum += criterion.getWeight();
        }
        if (sum != ScoreAggregator.TOTAL_WEIGHT) {
            throw new BusinessException("procurement.criteria.weights", String.valueOf(sum));
        }
    }

    /** Makes the draft public: it needs a lot, criteria summing to 100 and a deadline still ahead. */
    public void publish(LocalDateTime nowUtc) {
        if (status == TenderStatus.PUBLISHED) {
            throw new BusinessException("procurement.tender.alreadyPublished", title);
        }
        if (lots.isEmpty()) {
            throw new BusinessException("procurement.tender.noLots");
        }
        checkCriteria(criteria);
        if (!deadline.isAfter(nowUtc)) {
            throw new BusinessException("procurement.tender.deadlinePast", WHEN.format(deadline));
        }
        status = TenderStatus.PUBLISHED;
        publishedAt = nowUtc;
    }

    /** Refused once published: the opportunity's terms are public and bids are made on them. */
    public void requireDraft() {
        if (status != TenderStatus.DRAFT) {
            throw new BusinessException("procurement.tender.notDraft", title);
        }
    }

    public boolean isPublished() {
        return status == TenderStatus.PUBLISHED;
    }

    /** Published and its deadline not reached. */
    public boolean isOpenForBids(LocalDateTime nowUtc) {
        return isPublished() && nowUtc.isBefore(deadline);
    }

    public boolean isDeadlinePassed(LocalDateTime nowUtc) {
        return !nowUtc.isBefore(deadline);
    }

    /** Bids and questions are taken before the deadline only; a draft does not exist for bidders. */
    void requireBeforeDeadline(LocalDateTime nowUtc) {
        if (!isPublished()) {
            throw BusinessException.notFound(getId());
        }
        if (isDeadlinePassed(nowUtc)) {
            throw new BusinessException("procurement.bid.late", title, deadlineText());
        }
    }

    /** The deadline as messages state it, in UTC. */
    public String deadlineText() {
        return WHEN.format(deadline);
    }

    public boolean belongsTo(Organisation organisation) {
        return department.equals(organisation);
    }

    /** Adds a person to the jury, refused twice. */
    void addJuror(Person juror) {
        if (!jurors.add(juror)) {
            throw new BusinessException("procurement.jury.twice", juror.getFullName());
        }
    }

    void removeJuror(Long personId) {
        jurors.removeIf(p -> p.getId().equals(personId));
    }

    private BigDecimal lotsTotal() {
        return lots.stream().map(Lot::getBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("procurement.tooLong", String.valueOf(max));
        }
        return stripped;
    }

    static BigDecimal amount(BigDecimal value, String key) {
        if (value == null || value.signum() <= 0 || value.compareTo(AMOUNT_MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new BusinessException(key);
        }
        return value;
    }

    private static String currency(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException("procurement.tender.currencyInvalid", upper);
        }
    }

    @Override
    protected String auditSummary() {
        return title + " (" + status + ")";
    }

    public Organisation getDepartment() {
        return department;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Category getCategory() {
        return category;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public List<Lot> getLots() {
        return List.copyOf(lots);
    }

    public List<RoundCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public Set<Person> getJurors() {
        return Set.copyOf(jurors);
    }
}
