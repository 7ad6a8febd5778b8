package vn.vigil.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void aSingleSmallCellTakesAPartnerInItsRowAndColumn() {
        SmallCounts t = SmallCounts.suppress(new long[][] {{3, 40, 12}, {25, 30, 18}}, 5);
        assertThat(t.hidden(0, 0)).isTrue();
        assertThat(t.small(0, 0)).isTrue();
        // its row: 12 is the smallest other count; its column: 25
        assertThat(t.hidden(0, 2)).isTrue();
        assertThat(t.small(0, 2)).isFalse();
        assertThat(t.hidden(1, 0)).isTrue();
        assertThat(determined(t)).isEmpty();
    }

    @Test
    void aTableWithoutSmallCountsShowsEverything() {
        SmallCounts t = SmallCounts.suppress(new long[][] {{0, 40}, {25, 5}}, 5);
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                assertThat(t.hidden(i, j)).isFalse();
            }
        }
        assertThat(t.value(2, 2)).isEqualTo(70);
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        SmallCounts t = SmallCounts.suppress(new long[][] {{1, 2}, {30, 40}}, 5);
        assertThat(t.hidden(0, 2)).as("the row's total, 3").isTrue();
        assertThat(determined(t)).isEmpty();
    }

    @Test
    void thresholdOneHidesNothing() {
        SmallCounts t = SmallCounts.suppress(new long[][] {{1, 2}, {3, 4}}, 1);
        assertThat(t.toString()).doesNotContain("<").doesNotContain("x");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> SmallCounts.suppress(new long[][] {{1}}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallCounts.suppress(new long[][] {{1, -1}}, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallCounts.suppress(new long[][] {{1, 2}, {3}}, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * For random tables, every small count is hidden and no hidden cell can be worked out exactly from what is shown:
     * checked by linear algebra over the row and column sums, independently of the graph argument the class uses.
     */
    @Test
    void inRandomTablesNoHiddenCellCanBeWorkedOut() {
        Random random = new Random(7);
        int withHiddenCells = 0;
        for (int n = 0; n < 500; n++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            long[][] cells = new long[rows][cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int kind = random.nextInt(4);
                    cells[i][j] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(60);
                }
            }
            int threshold = 2 + random.nextInt(5);
            SmallCounts t = SmallCounts.suppress(cells, threshold);
            for (int i = 0; i < t.rows(); i++) {
                for (int j = 0; j < t.columns(); j++) {
                    long v = t.value(i, j);
                    if (v >= 1 && v < threshold) {
                        assertThat(t.hidden(i, j))
                                .as("%s small cell %d,%d", t, i, j)
                                .isTrue();
                    }
                    if (t.hidden(i, j)) {
                        withHiddenCells++;
                    }
                }
            }
            assertThat(determined(t))
                    .as("cells that can be worked out in%n%s", t)
                    .isEmpty();
        }
        assertThat(withHiddenCells).isGreaterThan(500);
    }

    /**
     * The hidden cells whose value follows from the shown ones: the unknowns are the hidden cells, the equations the
     * row and column sums; a cell is determined when its unit vector lies in the row space of the equations.
     */
    private static List<String> determined(SmallCounts t) {
        int rows = t.rows();
        int cols = t.columns();
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (t.hidden(i, j)) {
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] e = new double[unknowns.size()];
            for (int k = 0; k < unknowns.size(); k++) {
                int[] u = unknowns.get(k);
                if (u[0] == i) {
                    e[k] = u[1] == cols - 1 ? -1 : 1;
                }
            }
            equations.add(e);
        }
        for (int j = 0; j < cols; j++) {
            double[] e = new double[unknowns.size()];
            for (int k = 0; k < unknowns.size(); k++) {
                int[] u = unknowns.get(k);
                if (u[1] == j) {
                    e[k] = u[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(e);
        }
        int rank = rank(equations);
        List<String> found = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[k] = 1;
            with.add(unit);
            if (rank(with) == rank) {
                found.add(unknowns.get(k)[0] + "," + unknowns.get(k)[1]);
            }
        }
        return found;
    }

    private static int rank(List<double[]> rowsIn) {
        if (rowsIn.isEmpty() || rowsIn.get(0).length == 0) {
            return 0;
        }
        double[][] m = new double[rowsIn.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = rowsIn.get(i).clone();
        }
        int rank = 0;
        for (int col = 0; col < m[0].length && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.abs(m[i][col]) > Math.abs(m[pivot][col]))) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-9) {
                    double f = m[i][col] / m[rank][col];
                    for (int j = col; j < m[0].length; j++) {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
