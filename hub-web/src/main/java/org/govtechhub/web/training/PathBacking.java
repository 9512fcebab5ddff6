package org.govtechhub.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.Assessment;
import org.govtechhub.training.AssessmentService;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.CertificateService;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.LearningPath;
import org.govtechhub.training.LearningPathService;
import org.govtechhub.training.Skill;
import org.govtechhub.training.SkillService;
import org.govtechhub.training.TrainingProfile;
import org.govtechhub.training.TrainingProfileService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.List;
import java.util.Optional;

/** training/path.xhtml: my levels against my targets, my learning path, hours, enrolments and certificates. */
@Named
@RequestScoped
public class PathBacking {

    @EJB
    private LearningPathService paths;

    @EJB
    private AssessmentService assessments;

    @EJB
    private SkillService skills;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private CertificateService certificates;

    @EJB
    private TrainingProfileService profiles;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private LearningPath path;
    private List<Assessment> history;
    private Optional<TrainingProfile> profile;

    @PostConstruct
    void init() {
        path = paths.pathFor(user.email());
        history = assessments.history(user.email());
        profile = profiles.findByEmail(user.email());
    }

    public void cancel(Enrolment enrolment) {
        enrolments.cancel(user.email(), enrolment.getId());
        messages.info("training_path.cancelled", enrolment.getSession().getCourse().getTitle());
    }

    public int levelIn(Assessment assessment, Skill skill) {
        return assessment == null ? 0 : assessment.levelOf(skill);
    }

    public int targetFor(Skill skill) {
        return profile.map(TrainingProfile::getPositionFamily).map(f -> f.targetFor(skill)).orElse(0);
    }

    public Assessment getLatest() {
        return history.isEmpty() ? null : history.get(0);
    }

    public Assessment getPrevious() {
        return history.size() < 2 ? null : history.get(1);
    }

    public List<Skill> getFramework() {
        return skills.framework();
    }

    public LearningPath getPath() {
        return path;
    }

    public int getHoursPercent() {
        return path.yearlyQuota() == 0 ? 100 : Math.min(100, 100 * path.hoursCompletedThisYear() / path.yearlyQuota());
    }

    public List<Enrolment> getEnrolments() {
        return enrolments.mine(user.email());
    }

    public List<Certificate> getCertificates() {
        return certificates.mine(user.email());
    }

    public Optional<String> getPositionFamily() {
        return profile.map(TrainingProfile::getPositionFamily).map(f -> f.name(user.locale()));
    }
}
