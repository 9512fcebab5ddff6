package org.govtechhub.web.training.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.CertificateService;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.EnrolmentStatus;
import org.govtechhub.training.PracticeProject;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** training/manage/roster.xhtml?session=…: attendance, assessment, practice projects, completion and certificates. */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private CourseService courses;

    @EJB
    private CertificateService certificates;

    @Inject
    private Messages messages;

    private Long session;
    private List<Enrolment> roster;
    private String revokeReason;
    private final Map<Long, Integer> attendance = new HashMap<>();
    private final Map<Long, Boolean> passed = new HashMap<>();
    private final Map<Long, Certificate> certificatesByEnrolment = new HashMap<>();

    public void load() {
        courses.session(session);
        roster = enrolments.roster(session);
        certificatesByEnrolment.clear();
        roster.forEach(e -> {
            attendance.put(e.getId(), e.getAttendancePct());
            passed.put(e.getId(), Boolean.TRUE.equals(e.getAssessmentPassed()));
            if (e.getStatus() == EnrolmentStatus.COMPLETED) {
                certificates.mine(e.getPerson().getEmail()).stream().filter(c -> c.getEnrolment().equals(e)).findFirst()
                        .ifPresent(c -> certificatesByEnrolment.put(e.getId(), c));
            }
        });
    }

    public void saveResults(Enrolment enrolment) {
        enrolments.recordResults(enrolment.getId(), attendance.get(enrolment.getId()), passed.get(enrolment.getId()));
        messages.info("training_manage_roster.resultsSaved", enrolment.getPerson().getFullName());
        load();
    }

    public void judge(PracticeProject project, boolean accepted) {
        enrolments.judgeProject(project.getId(), accepted);
        load();
    }

    public void complete(Enrolment enrolment) {
        Certificate certificate = enrolments.complete(enrolment.getId());
        messages.info("training_manage_roster.completed", enrolment.getPerson().getFullName(), certificate.getCode());
        load();
    }

    public void revoke(Certificate certificate) {
        certificates.revoke(certificate.getCode(), revokeReason);
        messages.info("training_manage_roster.revoked", certificate.getCode());
        load();
    }

    public Certificate certificateOf(Enrolment enrolment) {
        return certificatesByEnrolment.get(enrolment.getId());
    }

    public CourseSession getCourseSession() {
        return courses.session(session);
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public List<Enrolment> getRoster() {
        return roster;
    }

    public Map<Long, Integer> getAttendance() {
        return attendance;
    }

    public Map<Long, Boolean> getPassed() {
        return passed;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
