package org.govtechhub.mentoring;

/**
 * Node potentials (dual prices) of the flow network behind a matching: source &rarr; mentor (capacity), mentor
 * &rarr; startup (one unit, cost &minus;score), startup &rarr; sink (want). The source's potential is 0.
 * With them, every residual arc has a non-negative reduced cost {@code cost(u,v) + p(u) - p(v)} &mdash; the
 * optimality condition that {@link OptimalityCertificate} checks.
 *
 * @param startup potential of each startup node
 * @param mentor  potential of each mentor node
 * @param sink    potential of the sink
 */
public record Duals(int[] startup, int[] mentor, int sink) {

    /** Defensive copies. */
    public Duals {
        startup = startup.clone();
        mentor = mentor.clone();
    }

    @Override
    public int[] startup() {
        return startup.clone();
    }

    @Override
    public int[] mentor() {
        return mentor.clone();
    }
}
