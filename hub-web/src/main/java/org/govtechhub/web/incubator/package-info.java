/**
 * The virtual incubator's pages: the public catalogue ({@code /projects}, {@code /projects/<slug>}) and a project's page,
 * a person's own projects and their editor, and the program managers' moderation.
 */
package org.govtechhub.web.incubator;
