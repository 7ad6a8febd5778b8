/**
 * What the offline visit form needs from the server besides the inspection API: remembering writes sent with an
 * idempotency key, and the per-user key that wraps a tablet's offline data key.
 */
package vn.vigil.core.api.offline;
