/** Pages under /awards/manage/ (program managers): editions, nominations, jury, judging rounds, exports. */
package org.govtechhub.web.award.manage;
