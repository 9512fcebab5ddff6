/**
 * People, organisations (departments and startups), roles and sign-in: password hashing,
 * the per-account login throttle and the demo data loaded on first start.
 */
package org.govtechhub.identity;
