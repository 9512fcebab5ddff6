/**
 * Pages and downloads under /awards/: for entrants the open nominations and their entries (edit, attach PDFs,
 * eligibility, submit, withdraw, the jury's feedback); for everyone
 * the published results, entries' attachments (to those who may read them) and award certificates. The managers'
 * pages are in {@code manage}.
 */
package org.govtechhub.web.award;
