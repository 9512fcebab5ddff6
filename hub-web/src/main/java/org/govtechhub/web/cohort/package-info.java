/**
 * Pages under /cohorts/: for a department its challenges (draft, edit, submit, read the program manager's comment);
 * for everyone the published challenges of cohorts still taking applications, searchable and paged. The program
 * manager's pages (programmes, cohorts and their phases, approving and publishing challenges) are in {@code manage}.
 */
package org.govtechhub.web.cohort;
