package org.govtechhub.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A family of positions (policy officer, IT specialist, manager) with a target level per skill. */
@Entity
@Table(name = "position_family")
@NamedQuery(name = "PositionFamily.all", query = "SELECT f FROM PositionFamily f ORDER BY f.code")
public class PositionFamily extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String code;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_ru")
    private String nameRu;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "position_family_target", joinColumns = @JoinColumn(name = "position_family_id"))
    @MapKeyJoinColumn(name = "skill_id")
    @Column(name = "target_level")
    private Map<Skill, Integer> targets = new HashMap<>();

    protected PositionFamily() {
    }

    public PositionFamily(String code, String nameEn, String nameRu) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameRu);
    }

    public void target(Skill skill, int level) {
        if (level < 0 || level > Skill.MAX_LEVEL) {
            throw new BusinessException("training.level.outOfRange", level, Skill.MAX_LEVEL);
        }
        targets.put(skill, level);
    }

    public int targetFor(Skill skill) {
        return targets.getOrDefault(skill, 0);
    }

    /** skillId -> target level. */
    public Map<Long, Integer> targetsBySkillId() {
        return targets.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getId(), Map.Entry::getValue));
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    @Override
    public String toString() {
        return code;
    }
}
