/**
 * The marketplace of proven solutions (issue 13, parts 4 and 7), after the UK Digital Marketplace: a startup lists its
 * solution with its evidence — proven by a completed pilot (the cohort context's outcome, linked, not copied) or
 * accredited by a program manager against a fixed checklist until an expiry date —, its price model and its security
 * and data-protection facts; departments request a listed solution and the request is worked through a pipeline
 * (new → qualified → proposal → contracted → live, or declined); a department that runs it reviews it once. The
 * selling-to-government training track (the training context's own track, courses and enrolment) is open to founders,
 * and its completion is shown on the startup's solutions.
 */
package org.govtechhub.marketplace;
