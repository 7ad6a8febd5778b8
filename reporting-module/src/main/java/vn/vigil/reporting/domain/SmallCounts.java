package vn.vigil.reporting.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Small-count suppression for a table of counts with its row and column totals, so that nobody outside victim work
 * can single out a victim from a published figure.
 *
 * <p>Primary suppression hides every count from 1 to {@code threshold - 1} (totals included). Complementary
 * suppression then hides more cells until no hidden cell can be worked out from the cells and totals shown: a hidden
 * cell is exactly determined by the row and column sums precisely when, in the graph whose nodes are the rows and
 * columns (the totals row and column among them) and whose edges are the hidden cells, its edge lies on no cycle (a
 * bridge). So: while some hidden cell is a bridge, hide one more cell of its row (or column): the smallest count that
 * is not zero, since hiding large counts costs the reader most. Ends at the latest when everything is hidden.
 */
public final class SmallCounts {

    private final long[][] values;
    private final boolean[][] hidden;
    private final boolean[][] primary;

    private SmallCounts(long[][] values, int threshold) {
        this.values = values;
        int rows = values.length;
        int cols = values[0].length;
        hidden = new boolean[rows][cols];
        primary = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                primary[i][j] = values[i][j] >= 1 && values[i][j] < threshold;
                hidden[i][j] = primary[i][j];
            }
        }
    }

    /**
     * Suppresses a table given without totals; the result holds the table with a totals column last and a totals
     * row last.
     *
     * @param cells at least one row and one column of non-negative counts
     * @param threshold the smallest count shown; at least 1 (1 hides nothing)
     */
    public static SmallCounts suppress(long[][] cells, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        if (cells.length == 0 || cells[0].length == 0) {
            throw new IllegalArgumentException("a table needs a row and a column");
        }
        int rows = cells.length;
        int cols = cells[0].length;
        long[][] withTotals = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) {
            if (cells[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + cells[i].length + " cells, not " + cols);
            }
            for (int j = 0; j < cols; j++) {
                if (cells[i][j] < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: " + cells[i][j]);
                }
                withTotals[i][j] = cells[i][j];
                withTotals[i][cols] += cells[i][j];
                withTotals[rows][j] += cells[i][j];
                withTotals[rows][cols] += cells[i][j];
            }
        }
        SmallCounts table = new SmallCounts(withTotals, threshold);
        table.complete();
        return table;
    }

    public int rows() {
        return values.length;
    }

    public int columns() {
        return values[0].length;
    }

    public long value(int row, int col) {
        return values[row][col];
    }

    public boolean hidden(int row, int col) {
        return hidden[row][col];
    }

    /** Hidden because it is small itself (shown as "&lt;threshold"); otherwise hidden only to protect another. */
    public boolean small(int row, int col) {
        return primary[row][col];
    }

    private void complete() {
        int[] bridge;
        while ((bridge = findBridge()) != null) {
            hideAnotherBeside(bridge[0], bridge[1]);
        }
    }

    /** A hidden cell whose edge is on no cycle, or null. */
    private int[] findBridge() {
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                if (hidden[i][j] && !connectedWithout(i, j)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** Whether row node {@code row} still reaches column node {@code col} through other hidden cells. */
    private boolean connectedWithout(int row, int col) {
        int rows = rows();
        boolean[] seen = new boolean[rows + columns()];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(row);
        seen[row] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node < rows) {
                for (int j = 0; j < columns(); j++) {
                    if (hidden[node][j] && !(node == row && j == col) && !seen[rows + j]) {
                        if (j == col) {
                            return true;
                        }
                        seen[rows + j] = true;
                        queue.add(rows + j);
                    }
                }
            } else {
                int j = node - rows;
                for (int i = 0; i < rows; i++) {
                    if (hidden[i][j] && !(i == row && j == col) && !seen[i]) {
                        seen[i] = true;
                        queue.add(i);
                    }
                }
            }
        }
        return false;
    }

    private void hideAnotherBeside(int row, int col) {
        int[] best = null;
        for (int j = 0; j < columns(); j++) {
            best = better(best, row, j);
        }
        if (best == null) {
            for (int i = 0; i < rows(); i++) {
                best = better(best, i, col);
            }
        }
        if (best == null) {
            for (int i = 0; i < rows(); i++) {
                for (int j = 0; j < columns(); j++) {
                    best = better(best, i, j);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("everything is hidden, yet a cell can be worked out");
        }
        hidden[best[0]][best[1]] = true;
    }

    /** The shown cell to hide next: the smallest count that is not zero, or a zero when nothing else is left. */
    private int[] better(int[] best, int i, int j) {
        if (hidden[i][j]) {
            return best;
        }
        if (best == null) {
            return new int[] {i, j};
        }
        long candidate = values[i][j] == 0 ? Long.MAX_VALUE : values[i][j];
        long current = values[best[0]][best[1]] == 0 ? Long.MAX_VALUE : values[best[0]][best[1]];
        return candidate < current ? new int[] {i, j} : best;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows(); i++) {
            String[] row = new String[columns()];
            for (int j = 0; j < columns(); j++) {
                row[j] = hidden[i][j] ? (primary[i][j] ? "<" : "x") : String.valueOf(values[i][j]);
            }
            text.append(Arrays.toString(row)).append('\n');
        }
        return text.toString();
    }
}
