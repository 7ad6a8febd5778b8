package vn.vigil.reporting.api;

import java.io.Serializable;

/**
 * One progress bar on a home dashboard: how far {@code value} has come against {@code target} (a plan's targets
 * inspected, a funding source's money committed and paid, a step's share of the cases), with what it is about — a
 * text from the data ({@code label}: a plan's number and title, a source's name) or else a bundle key
 * ({@code labelKey}: a case step) — and an optional link.
 */
public record Bar(String label, String labelKey, long value, long target, String link) implements Serializable {

    public Bar(String label, long value, long target, String link) {
        this(label, null, value, target, link);
    }

    /** The share reached, 0–100, rounded down; 0 when there is no target. */
    public int percent() {
        if (target <= 0) {
            return 0;
        }
        return (int) Math.min(100, Math.max(0, value * 100 / target));
    }
}
