/** Pages under /training/: self-assessment, learning path, catalogue, approvals; manage/ for program managers. */
package org.govtechhub.web.training;
