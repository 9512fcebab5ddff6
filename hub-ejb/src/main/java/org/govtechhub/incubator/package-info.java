/**
 * The virtual incubator: a public catalogue of GovTech and civic-tech projects (after Gov2Project, Russia's first
 * Gov 2.0 incubator), which founders and any registered person submit and keep up to date and program managers
 * moderate, with every change kept. Search is the project's own word index ({@link org.govtechhub.incubator.SearchTerms}),
 * facets are counted by the database ({@link org.govtechhub.incubator.CatalogueQuery}). Startups that went through a
 * cohort show their outcomes from the {@code cohort} context as evidence, linked, not copied.
 * Its events ({@link org.govtechhub.incubator.Event}: case-study conferences and round tables) have a programme of
 * sections and reports with slides, registration within a capacity, attendance by region and kind, and recommendations.
 */
package org.govtechhub.incubator;
