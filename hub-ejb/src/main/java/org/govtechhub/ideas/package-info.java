/**
 * Ideas (issue 13, parts 1 and 2), after Moscow's "Active Citizen" and Duma 2.0: citizens (self-registered, e-mail
 * verified) and civil servants bring problems and ideas about a public service in a district of the city, with
 * attachments; others support them (one vote a person, never one's own) and comment; program managers moderate by
 * published rules (hide with a reason, merge duplicates — their supporters carried over, counted once) and assign
 * an idea to a department, whose people answer it (under study, planned, declined with a reason, done). The author
 * and the supporters are told of each step. A department turns one or more of its ideas into a draft challenge of a
 * cohort, and the followers are told when it is created and published. Each step that moves an initiative on is
 * reported to the innovation funnel ({@link org.govtechhub.ideas.IdeaSteps}).
 */
package org.govtechhub.ideas;
