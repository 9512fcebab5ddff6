/**
 * Pages under /jury/: one jury workspace for every jury a person sits on (award rounds, cohort pitch days). The
 * juror's scorecards with their progress, the phone-friendly scorecard itself and the declaration of conflicts of
 * interest; what each entry is comes from its context's {@code SubjectCatalogue}.
 */
package org.govtechhub.web.evaluation;
