/** Pages under /admin/ (ADMIN only, see web.xml): people, organisations and the audit log. */
package org.govtechhub.web.admin;
