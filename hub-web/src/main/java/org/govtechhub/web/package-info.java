/**
 * The web layer: JSF backing beans named after their page (packages mirror the URL), the REST API,
 * health checks and the web's shared pieces. No EntityManager here: every change goes through a
 * service of hub-ejb.
 */
package org.govtechhub.web;
