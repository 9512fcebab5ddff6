package org.govtechhub.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;

/** One of a skill's four levels: what it means, and the statement a person rates to assess it. */
@Embeddable
public class SkillLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "level_number")
    private int number;

    @Column(name = "descriptor_en")
    private String descriptorEn;

    @Column(name = "descriptor_ru")
    private String descriptorRu;

    @Column(name = "statement_en")
    private String statementEn;

    @Column(name = "statement_ru")
    private String statementRu;

    protected SkillLevel() {
    }

    public SkillLevel(int number, String descriptorEn, String descriptorRu, String statementEn, String statementRu) {
        this.number = number;
        this.descriptorEn = descriptorEn;
        this.descriptorRu = descriptorRu;
        this.statementEn = statementEn;
        this.statementRu = statementRu;
    }

    public int getNumber() {
        return number;
    }

    public String descriptor(Locale locale) {
        return Bilingual.pick(locale, descriptorEn, descriptorRu);
    }

    public String statement(Locale locale) {
        return Bilingual.pick(locale, statementEn, statementRu);
    }

    public String getDescriptorEn() {
        return descriptorEn;
    }

    public void setDescriptorEn(String descriptorEn) {
        this.descriptorEn = descriptorEn;
    }

    public String getDescriptorRu() {
        return descriptorRu;
    }

    public void setDescriptorRu(String descriptorRu) {
        this.descriptorRu = descriptorRu;
    }

    public String getStatementEn() {
        return statementEn;
    }

    public void setStatementEn(String statementEn) {
        this.statementEn = statementEn;
    }

    public String getStatementRu() {
        return statementRu;
    }

    public void setStatementRu(String statementRu) {
        this.statementRu = statementRu;
    }
}
