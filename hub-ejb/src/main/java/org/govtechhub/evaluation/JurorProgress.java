package org.govtechhub.evaluation;

import org.govtechhub.identity.Person;

/** How far a juror is in a round: sheets assigned (recusals excluded), submitted, recused. */
public record JurorProgress(Person juror, int assigned, int submitted, int recused) {

    public int remaining() {
        return assigned - submitted;
    }

    public int percent() {
        return assigned == 0 ? 100 : 100 * submitted / assigned;
    }
}
