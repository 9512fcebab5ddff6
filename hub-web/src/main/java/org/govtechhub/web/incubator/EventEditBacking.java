package org.govtechhub.web.incubator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.incubator.Event;
import org.govtechhub.incubator.EventDetails;
import org.govtechhub.incubator.EventKind;
import org.govtechhub.incubator.EventReport;
import org.govtechhub.incubator.EventRegistration;
import org.govtechhub.incubator.EventSlides;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.PagedModel;
import org.govtechhub.web.shared.UploadedPdf;

import java.util.List;

/**
 * incubator/manage/event-edit.xhtml[?id=]: a program manager's event. Without an id, a new draft's details; with one,
 * its details and publication, the programme (sections, reports, slides, published presentations), the registrations
 * with the check-in at the door, attendance by region and by kind, and the recommendations. Refusals keep what was typed.
 */
@Named
@ViewScoped
public class EventEditBacking extends EventPage {

    private static final long serialVersionUID = 1L;

    private EventDetails details = new EventDetails();
    private List<ReportTable> attendance;
    private PagedModel<EventRegistration> registrations;
    private final ProgrammeForm form = new ProgrammeForm();
    private transient Part slides;

    public void load() {
        if (id != null) {
            show(events.get(id));
            details = event.details();
        }
    }

    /** Saves the details: a new draft goes on to its own page for the programme. */
    public String save() {
        if (event == null) {
            Event created = events.create(details);
            messages.info("incubatorEvent_edit.created", created.getTitle());
            return "/incubator/manage/event-edit?faces-redirect=true&id=" + created.getId();
        }
        show(events.update(id, details));
        messages.info("incubatorEvent_edit.saved");
        return null;
    }

    public void publish() {
        show(events.publish(id));
        messages.info("incubatorEvent_edit.published", event.getTitle());
    }

    public void addSection() {
        events.addSection(id, form.getSectionTitle(), form.getSectionChair());
        form.clearSection();
        show(event);
    }

    public void addReport() {
        events.addReport(form.getSectionId(), form.getReportTitle(), form.getSpeaker(), form.getOrganisation(), form.getRegionCode(), form.getProject());
        form.clearReport();
        show(event);
    }

    /** Keeps the chosen PDF as the report's slides; its size is checked before a byte of it is read. */
    public void uploadSlides() {
        Part chosen = slides;
        slides = null;
        byte[] content = UploadedPdf.read(chosen, EventSlides.UPLOAD, "incubatorEvent.slides.required");
        EventReport report = events.attachSlides(form.getReportId(), chosen.getSubmittedFileName(), content);
        show(event);
        messages.info("incubatorEvent_edit.slidesKept", report.getTitle());
    }

    public void publishPresentation(EventReport report) {
        events.publishPresentation(report.getId());
        show(event);
    }

    public void withdrawPresentation(EventReport report) {
        events.withdrawPresentation(report.getId());
        show(event);
    }

    public void checkIn(EventRegistration registration) {
        events.checkIn(registration.getId());
        show(event);
        messages.info("incubatorEvent_edit.checkedIn", registration.getName());
    }

    public void addRecommendation() {
        events.addRecommendation(id, form.getRecommendation(), form.getAddressedTo());
        form.clearRecommendation();
        show(event);
    }

    private void show(Event shown) {
        showProgramme(events.get(shown.getId()));
        attendance = events.attendance(id, user.locale());
        Long eventId = id;
        registrations = new PagedModel<>(() -> events.countRegistrations(eventId), (first, max) -> events.registrations(eventId, first, max));
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public int getMaxMegabytes() {
        return EventSlides.UPLOAD.maxMegabytes();
    }

    public String getExport() {
        return "/incubator/manage/event-attendance/" + id;
    }

    public EventDetails getDetails() {
        return details;
    }

    public List<EventReport> getReports() {
        return reports;
    }

    public List<ReportTable> getAttendance() {
        return attendance;
    }

    public PagedModel<EventRegistration> getRegistrations() {
        return registrations;
    }

    public ProgrammeForm getForm() {
        return form;
    }

    public Part getSlides() {
        return slides;
    }

    public void setSlides(Part slides) {
        this.slides = slides;
    }
}
