/**
 * The victim support module's public face. Other modules see support types and, later, case codes and
 * non-identifying facts only; a victim's identity never leaves this module except to case workers entitled to it.
 */
package vn.vigil.victim.api;
