/**
 * REST resources of one area. Support funds: budget lines, funding sources, support requests (allocation, approval,
 * disbursement) and support rates.
 */
package vn.vigil.web.rest.funds;
