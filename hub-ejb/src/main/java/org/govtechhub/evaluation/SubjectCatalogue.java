package org.govtechhub.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * A context that owns jury rounds (awards, cohort pitch days) tells the evaluation context what its subjects are,
 * so that one jury page and one scorecard serve every jury. Implementations are CDI beans of their context.
 */
public interface SubjectCatalogue {

    /** Whether rounds of this owner key (e.g. {@code cohort:12}) are this context's. */
    boolean owns(String owner);

    /** The subject as a juror sees it. */
    Optional<Subject> describe(String owner, long subjectId);

    /** The subjects this person may declare a conflict of interest with: those of juries they sit on, still open. */
    List<Subject> declarable(String email);
}
