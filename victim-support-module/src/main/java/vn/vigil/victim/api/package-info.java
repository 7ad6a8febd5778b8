/**
 * The victim support module's public face: support types; victim cases (reception, verification, referrals,
 * closure) through {@link vn.vigil.victim.api.VictimCases}, which hands out case codes and non-identifying facts
 * and reveals a person's identity only to the case worker of the case or a granted supervisor, each read audited;
 * referrals of visits with trafficking indicators ({@link vn.vigil.victim.api.IndicatorReferrals}); and the
 * administration of identity protection ({@link vn.vigil.victim.api.IdentityProtection}).
 */
package vn.vigil.victim.api;
