/**
 * The inspection module's public face: the registry of high-risk establishments and their business lines (and,
 * in later increments, plans, campaigns, visits and violations). Other modules and the web layer use only this
 * package; they refer to establishments by id.
 */
package vn.vigil.inspection.api;
