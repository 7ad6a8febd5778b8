/**
 * The victim support module's public face: support types, the case worker's needs assessments and support requests
 * (eligibility by the person's status and role, amounts within the provincial rates), and the finance side —
 * funding sources, budget lines, approvals and payments, with balances from an append-only ledger. Other modules and
 * finance screens see case codes and non-identifying facts only; a victim's identity never leaves this module
 * except to case workers entitled to it.
 */
package vn.vigil.victim.api;
