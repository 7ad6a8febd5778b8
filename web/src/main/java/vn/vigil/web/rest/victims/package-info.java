/**
 * REST resources of one area. Victim cases, indicator referrals and identity protection.
 */
package vn.vigil.web.rest.victims;
