/**
 * The shared kernel's public face: what every module and the web layer may use. It holds the value types
 * the whole product shares (money in whole đồng, roles, pages, audit fields), the administrative units with
 * their validity periods, departments and staff accounts, the working-day calendar and the append-only
 * audit log. Nothing outside {@code core} may import core's {@code domain}, {@code application} or
 * {@code infrastructure} packages.
 */
package vn.vigil.core.api;
