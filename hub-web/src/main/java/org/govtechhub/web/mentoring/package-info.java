/** Pages under /mentoring/: mentor profile, startup needs, conflicts of interest, matching, my matches. */
package org.govtechhub.web.mentoring;
