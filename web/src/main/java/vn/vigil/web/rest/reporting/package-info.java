/**
 * REST resources of one area. Reporting: the committee's figures for the national level ({@code reports}); empty until
 * those resources are written.
 */
package vn.vigil.web.rest.reporting;
