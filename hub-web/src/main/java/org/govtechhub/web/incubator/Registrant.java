package org.govtechhub.web.incubator;

import org.govtechhub.incubator.AttendeeKind;

import java.io.Serializable;

/** What a visitor types into an event's registration form (incubator/event.xhtml), kept when a registration is refused. */
public class Registrant implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String organisation;
    private String regionCode;
    private AttendeeKind kind;

    void clear() {
        name = null;
        email = null;
        organisation = null;
        regionCode = null;
        kind = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public AttendeeKind getKind() {
        return kind;
    }

    public void setKind(AttendeeKind kind) {
        this.kind = kind;
    }
}
