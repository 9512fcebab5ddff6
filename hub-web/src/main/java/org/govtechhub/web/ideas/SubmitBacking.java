package org.govtechhub.web.ideas;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.ideas.District;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaAttachment;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.ideas.IdeaUpload;
import org.govtechhub.ideas.PublicService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * ideas/submit.xhtml: a citizen or a civil servant publishes a problem and an idea, with up to three attachments (PDF or
 * images); each file is size-checked before it is read. A refusal keeps what was typed.
 */
@Named
@RequestScoped
public class SubmitBacking {

    @EJB
    private IdeaService ideas;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private String title;
    private String problem;
    private PublicService service;
    private District district;
    private String districtText;
    private Part file1;
    private Part file2;
    private Part file3;

    public String submit() {
        List<IdeaUpload> uploads = new ArrayList<>();
        for (Part part : new Part[] {file1, file2, file3}) {
            if (part != null && part.getSize() > 0) {
                IdeaAttachment.checkSize(part.getSize());
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new IdeaUpload(part.getSubmittedFileName(), in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Idea idea = ideas.submit(user.email(), title, problem, service, district, districtText, uploads);
        messages.info("ideas_submit.published", idea.getTitle());
        return "/ideas/idea?faces-redirect=true&id=" + idea.getId();
    }

    public PublicService[] getServices() {
        return PublicService.values();
    }

    public District[] getDistricts() {
        return District.values();
    }

    public int getMaxMegabytes() {
        return IdeaAttachment.MAX_BYTES / (1024 * 1024);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public PublicService getService() {
        return service;
    }

    public void setService(PublicService service) {
        this.service = service;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getDistrictText() {
        return districtText;
    }

    public void setDistrictText(String districtText) {
        this.districtText = districtText;
    }

    public Part getFile1() {
        return file1;
    }

    public void setFile1(Part file1) {
        this.file1 = file1;
    }

    public Part getFile2() {
        return file2;
    }

    public void setFile2(Part file2) {
        this.file2 = file2;
    }

    public Part getFile3() {
        return file3;
    }

    public void setFile3(Part file3) {
        this.file3 = file3;
    }
}
