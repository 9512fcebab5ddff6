/**
 * The pages of open contracts and pre-commercial procurement: the public opportunities, an opportunity with its
 * questions and answers and its awards, a PCP call's phases; the startups' bids and category alerts; the department's
 * opportunities, their lots' openings, juries, evaluations, awards and stage gates.
 */
package org.govtechhub.web.procurement;
