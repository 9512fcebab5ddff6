/**
 * The pages of the ideas context ({@code /ideas/*}): the public list and an idea's page, the published moderation
 * rules, a citizen's sign-up and e-mail verification, submitting and one's own ideas, the moderators' inbox, the
 * department's ideas (answered on the idea's page, turned into a challenge here) and the attachments' downloads.
 */
package org.govtechhub.web.ideas;
