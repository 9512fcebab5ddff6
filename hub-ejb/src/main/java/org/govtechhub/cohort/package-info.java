/**
 * Cohorts: a programme (an accelerator, a "Startup in Residence") runs cohorts, or intakes; each cohort collects
 * challenges from government departments, then applications from startups, one per challenge; applications are
 * checked against the cohort's eligibility rules, move through the selection funnel (submitted, eligible,
 * shortlisted, pitched, accepted or rejected), and accepted startups work through milestones towards outcomes
 * such as pilots, contracts and investment.
 *
 * <p>So far only eligibility exists: {@link org.govtechhub.cohort.EligibilityRules} are a cohort's configured
 * rules, {@link org.govtechhub.cohort.StartupFacts} what a startup declares, and
 * {@link org.govtechhub.cohort.EligibilityResult} the rule-by-rule explanation that the startup and the manager
 * both see, with the manager's override when there is one. All plain Java, unit-tested without a container.
 *
 * <p>Once accepted, a startup keeps its own {@link org.govtechhub.cohort.Milestone}s and monthly
 * {@link org.govtechhub.cohort.KpiReport}s; the program manager records its {@link org.govtechhub.cohort.Outcome} (pilot,
 * contract, investment, jobs, continued cooperation, {@link org.govtechhub.cohort.InnovationStage}); the
 * {@link org.govtechhub.cohort.ImpactService} adds them up per cohort or programme with aggregated queries.
 */
package org.govtechhub.cohort;
