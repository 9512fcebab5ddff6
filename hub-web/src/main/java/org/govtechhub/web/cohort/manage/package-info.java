/** Pages under /cohorts/manage/ (program managers): programmes, their cohorts with dated phases, and challenge approval. */
package org.govtechhub.web.cohort.manage;
