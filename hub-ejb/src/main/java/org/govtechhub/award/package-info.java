/**
 * Annual public-sector innovation awards: editions with a timeline, nominations with their entrant types and
 * numbers of finalists and winners, entries (draft, submit before the deadline, withdraw) with PDF attachments,
 * eligibility rules with explanations, the jury and its assignment (the exact solver of the mentoring context),
 * two rounds scored in the {@code evaluation} context, finalists, winners, the special prize, publication,
 * certificates and exports.
 */
package org.govtechhub.award;
