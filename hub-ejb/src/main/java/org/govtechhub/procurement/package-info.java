/**
 * Open contracts for SMEs and pre-commercial procurement (issue 13, parts 5 and 6). A department drafts and publishes
 * a contract opportunity ({@link org.govtechhub.procurement.Tender}) in {@link org.govtechhub.procurement.Lot}s, with
 * documents, weighted criteria and public questions and answers; startups filter the open ones, subscribe to
 * categories and bid per lot before the deadline ({@link org.govtechhub.procurement.Bid}: one per startup and lot,
 * sealed until the deadline, every opening logged and audited). The bids of a lot are scored by a jury through the
 * {@code evaluation} context (owner {@code tender-lot:ID}, {@link org.govtechhub.procurement.TenderCatalogue}) and the
 * department publishes the award. A {@link org.govtechhub.procurement.PcpCall} is a tender of one lot whose bidders
 * pass three stage gates, each judged by the next evaluation round of that same lot.
 */
package org.govtechhub.procurement;
