/**
 * The marketplace's pages (marketplace/*.xhtml): the public list of solutions and a solution's page, the startup's
 * solutions and their edit form, the departments', startups' and managers' requests, the managers' accreditation, and
 * the founders' selling-to-government track.
 */
package org.govtechhub.web.marketplace;
