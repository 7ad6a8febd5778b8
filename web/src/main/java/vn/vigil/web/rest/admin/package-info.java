/**
 * REST resources of one area. Administration and accounts: administrative units, departments, users, API tokens (a
 * user's and one's own), the caller ({@code me}), holidays and the audit log.
 */
package vn.vigil.web.rest.admin;
