package org.govtechhub.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A skill of the framework (OECD core or digital), with four levels, in English and Russian. */
@Entity
@Table(name = "skill")
@NamedQuery(name = "Skill.all", query = "SELECT s FROM Skill s ORDER BY s.sortOrder")
public class Skill extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LEVEL = 4;

    @NotBlank
    @Size(max = 50)
    private String code;

    @Enumerated(EnumType.STRING)
    private SkillCategory category;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ru")
    private String nameRu;

    @Column(name = "sort_order")
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skill_level", joinColumns = @JoinColumn(name = "skill_id"))
    @OrderBy("number")
    private List<SkillLevel> levels = new ArrayList<>();

    protected Skill() {
    }

    public Skill(String code, SkillCategory category, String nameEn, String nameRu, int sortOrder) {
        this.code = code;
        this.category = category;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameRu);
    }

    public SkillLevel level(int number) {
        return levels.stream().filter(l -> l.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException(code + " has no level " + number));
    }

    public void defineLevel(SkillLevel level) {
        levels.removeIf(l -> l.getNumber() == level.getNumber());
        levels.add(level);
        levels.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
    }

    /** The key under which the answer to a level's statement is kept. */
    public String statementKey(int level) {
        return code + "." + level;
    }

    @Override
    protected String auditSummary() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public SkillCategory getCategory() {
        return category;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<SkillLevel> getLevels() {
        return levels;
    }

    @Override
    public String toString() {
        return code;
    }
}
