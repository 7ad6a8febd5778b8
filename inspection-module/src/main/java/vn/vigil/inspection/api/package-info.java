/**
 * The inspection module's public face: the registry of high-risk establishments and their business lines, and
 * inspection plans and campaigns with their progress (visits and violations come in later increments). Other
 * modules and the web layer use only this package; they refer to establishments by id.
 */
package vn.vigil.inspection.api;
