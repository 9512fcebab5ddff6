/**
 * The innovation funnel: one timeline for every initiative, whatever instrument carries it on — a citizen's idea,
 * a department's challenge, a startup's application, a pilot, a contract, an adoption by another department or
 * region. Each context reports its steps as a {@link org.govtechhub.funnel.FunnelStep} (a reference such as
 * {@code challenge:7}, the reference it came from, the stage reached, why) to
 * {@link org.govtechhub.funnel.FunnelService#record}; the funnel joins the step to the initiative of its reference or
 * of the one it came from, and records each stage transition (who, when, why, time in the previous stage).
 * Conversion and time in stage are counted by the database per year, department and programme.
 */
package org.govtechhub.funnel;
