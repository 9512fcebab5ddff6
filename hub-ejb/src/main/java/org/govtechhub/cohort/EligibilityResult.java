package org.govtechhub.cohort;

import org.govtechhub.shared.BusinessException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a startup against a cohort's eligibility rules: one {@link RuleCheck} per rule that is
 * on, each with its explanation (a bundle key and its parameters), and the manager's {@link ManagerOverride} when
 * there is one. An override decides the outcome but keeps the checks, so everyone still sees what the rules said.
 */
public final class EligibilityResult {

    /**
     * One rule's outcome and the message that explains it.
     *
     * @param rule       the rule's id: {@code legalForm}, {@code age}, {@code turnover} or {@code mvp}
     * @param passed     whether the startup meets the rule
     * @param messageKey the bundle key of the explanation
     * @param params     the explanation's parameters
     */
    public record RuleCheck(String rule, boolean passed, String messageKey, Object... params) {

        public RuleCheck {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(messageKey, "messageKey");
            params = params.clone();
        }

        /** A check explained by {@code cohort.eligibility.<rule>.ok} or {@code .fail}. */
        static RuleCheck of(String rule, boolean passed, Object... params) {
            return new RuleCheck(rule, passed, "cohort.eligibility." + rule + (passed ? ".ok" : ".fail"), params);
        }

        @Override
        public Object[] params() {
            return params.clone();
        }
    }

    /**
     * A manager's decision that replaces the automatic outcome.
     *
     * @param eligible the decided outcome
     * @param reason   why (never blank)
     * @param by       who decided
     */
    public record ManagerOverride(boolean eligible, String reason, String by) {

        public ManagerOverride {
            if (reason == null || reason.isBlank()) {
                throw new BusinessException("cohort.eligibility.overrideReasonRequired");
            }
            reason = reason.strip();
            Objects.requireNonNull(by, "by");
        }
    }

    private final List<RuleCheck> checks;
    private final ManagerOverride override;

    public EligibilityResult(List<RuleCheck> checks) {
        this(checks, null);
    }

    private EligibilityResult(List<RuleCheck> checks, ManagerOverride override) {
        this.checks = List.copyOf(checks);
        this.override = override;
    }

    /** The checks of the rules that are on, in the order the rules are listed. */
    public List<RuleCheck> checks() {
        return checks;
    }

    /** Whether every rule passed, whatever a manager decided. */
    public boolean checksPassed() {
        return checks.stream().allMatch(RuleCheck::passed);
    }

    /** The outcome: the manager's decision when there is one, otherwise whether every rule passed. */
    public boolean eligible() {
        return override == null ? checksPassed() : override.eligible();
    }

    /** The manager's decision, when there is one. */
    public Optional<ManagerOverride> override() {
        return Optional.ofNullable(override);
    }

    /**
     * The same checks with the manager's decision as the outcome (replacing an earlier override).
     *
     * @throws BusinessException {@code cohort.eligibility.overrideReasonRequired} when the reason is blank
     */
    public EligibilityResult override(boolean eligible, String reason, String by) {
        return new EligibilityResult(checks, new ManagerOverride(eligible, reason, by));
    }
}
