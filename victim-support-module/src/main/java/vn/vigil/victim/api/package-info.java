/**
 * The victim support module's public face: support types; victim cases (reception, verification, referrals,
 * closure) through {@link vn.vigil.victim.api.VictimCases}, which hands out case codes and non-identifying facts
 * and reveals a person's identity only to the case worker of the case or a granted supervisor, each read audited;
 * referrals of visits with trafficking indicators ({@link vn.vigil.victim.api.IndicatorReferrals}); and the
 * administration of identity protection ({@link vn.vigil.victim.api.IdentityProtection}).
 * Also the case worker's needs assessments and support requests
 * (eligibility by the person's status and role, amounts within the provincial rates), and the finance side —
 * funding sources, budget lines, approvals and payments, with balances from an append-only ledger. Other modules and
 * finance screens see case codes and non-identifying facts only; a victim's identity never leaves this module
 * except to case workers entitled to it.
 */
package vn.vigil.victim.api;
