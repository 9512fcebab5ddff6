package org.govtechhub.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One self-assessment: the person rated each level's statement from 1 (not at all) to 4 (fully).
 * A skill's level is the highest level whose statement, and every statement below it, was rated
 * {@value #AGREED} or more. Earlier assessments are kept, to show progress.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = "Assessment.ofPerson",
        query = "SELECT a FROM Assessment a WHERE a.person.email = :email ORDER BY a.takenAt DESC, a.id DESC")
public class Assessment extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int MIN_ANSWER = 1;
    public static final int MAX_ANSWER = 4;
    /** "Mostly" or "fully" counts as having the level. */
    public static final int AGREED = 3;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "statement_key")
    @Column(name = "answer")
    private Map<String, Integer> answers = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_level", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyJoinColumn(name = "skill_id")
    @Column(name = "level_number")
    private Map<Skill, Integer> levels = new HashMap<>();

    protected Assessment() {
    }

    /** Scores the answers for every skill of the framework; every statement must be answered. */
    public static Assessment take(Person person, List<Skill> skills, Map<String, Integer> answers, LocalDateTime now) {
        Assessment assessment = new Assessment();
        assessment.person = person;
        assessment.takenAt = now;
        for (Skill skill : skills) {
            int level = 0;
            boolean stillAgreeing = true;
            for (int number = 1; number <= Skill.MAX_LEVEL; number++) {
                String key = skill.statementKey(number);
                Integer answer = answers.get(key);
                if (answer == null) {
                    throw new BusinessException("training.assessment.unanswered", skill.getNameEn(), number);
                }
                if (answer < MIN_ANSWER || answer > MAX_ANSWER) {
                    throw new BusinessException("training.assessment.answerOutOfRange", MIN_ANSWER, MAX_ANSWER);
                }
                assessment.answers.put(key, answer);
                stillAgreeing = stillAgreeing && answer >= AGREED;
                if (stillAgreeing) {
                    level = number;
                }
            }
            assessment.levels.put(skill, level);
        }
        return assessment;
    }

    public int levelOf(Skill skill) {
        return levels.getOrDefault(skill, 0);
    }

    /** skillId -> level. */
    public Map<Long, Integer> levelsBySkillId() {
        return levels.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getId(), Map.Entry::getValue));
    }

    public Map<String, Integer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }
}
