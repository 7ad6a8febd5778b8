/**
 * Page beans of one area. Reporting for the Steering Committee: the home dashboard ({@code index}) and the registry
 * statistics ({@code statistics}).
 */
package vn.vigil.web.ui.reporting;
