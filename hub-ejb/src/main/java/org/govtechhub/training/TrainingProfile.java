package org.govtechhub.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A person's training settings, kept by administrators: position family, line manager, yearly hours. */
@Entity
@Table(name = "training_profile")
@NamedQuery(name = "TrainingProfile.byEmail", query = "SELECT t FROM TrainingProfile t WHERE t.person.email = :email")
@NamedQuery(name = "TrainingProfile.byPerson", query = "SELECT t FROM TrainingProfile t WHERE t.person.id = :personId")
public class TrainingProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne
    @JoinColumn(name = "position_family_id")
    private PositionFamily positionFamily;

    @ManyToOne
    @JoinColumn(name = "line_manager_id")
    private Person lineManager;

    @Min(0)
    @Max(2000)
    @Column(name = "yearly_hours_quota")
    private Integer yearlyHoursQuota;

    protected TrainingProfile() {
    }

    public TrainingProfile(Person person) {
        this.person = person;
    }

    public void reportTo(Person manager) {
        if (manager != null && manager.getId() != null && manager.getId().equals(person.getId())) {
            throw new BusinessException("training.profile.ownManager");
        }
        this.lineManager = manager;
    }

    public int quota(int defaultQuota) {
        return yearlyHoursQuota == null ? defaultQuota : yearlyHoursQuota;
    }

    public Person getPerson() {
        return person;
    }

    public PositionFamily getPositionFamily() {
        return positionFamily;
    }

    public void setPositionFamily(PositionFamily positionFamily) {
        this.positionFamily = positionFamily;
    }

    public Person getLineManager() {
        return lineManager;
    }

    public void setLineManager(Person lineManager) {
        reportTo(lineManager);
    }

    public Integer getYearlyHoursQuota() {
        return yearlyHoursQuota;
    }

    public void setYearlyHoursQuota(Integer yearlyHoursQuota) {
        this.yearlyHoursQuota = yearlyHoursQuota;
    }
}
