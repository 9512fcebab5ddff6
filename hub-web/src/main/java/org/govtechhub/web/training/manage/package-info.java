/** Pages under /training/manage/ (PROGRAM_MANAGER): tracks, courses, sessions, rosters and completion. */
package org.govtechhub.web.training.manage;
