/**
 * REST resources of one area. The establishment registry: establishments, their bulk imports and the business lines.
 */
package vn.vigil.web.rest.registry;
