package org.govtechhub.web.incubator;

import java.io.Serializable;

/**
 * What a program manager types into the programme's forms on incubator/manage/event-edit.xhtml: a new section, a new
 * report (the project by its address in the catalogue), the report whose slides are uploaded, a new recommendation.
 */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sectionTitle;
    private String sectionChair;
    private Long sectionId;
    private String reportTitle;
    private String speaker;
    private String organisation;
    private String regionCode;
    private String project;
    private Long reportId;
    private String recommendation;
    private String addressedTo;

    void clearSection() {
        sectionTitle = null;
        sectionChair = null;
    }

    void clearReport() {
        reportTitle = null;
        speaker = null;
        organisation = null;
        regionCode = null;
        project = null;
    }

    void clearRecommendation() {
        recommendation = null;
        addressedTo = null;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public String getSectionChair() {
        return sectionChair;
    }

    public void setSectionChair(String sectionChair) {
        this.sectionChair = sectionChair;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getReportTitle() {
        return reportTitle;
    }

    public void setReportTitle(String reportTitle) {
        this.reportTitle = reportTitle;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public void setAddressedTo(String addressedTo) {
        this.addressedTo = addressedTo;
    }
}
