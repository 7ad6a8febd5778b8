/**
 * Page beans of one area. Administration and accounts: administrative units, departments, users and their API tokens,
 * holidays and the audit log (the other pages under {@code admin/}), and a person's own account ({@code account}).
 */
package vn.vigil.web.ui.admin;
