/** The innovation funnel's pages: its figures per year, department and programme, and one initiative's timeline. */
package org.govtechhub.web.funnel;
