package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.ChecklistVersionView;

class PublishedChecklistsTest {

    final PublishedChecklists memory = new PublishedChecklists();

    @Test
    void keepsPublishedVersionsAndNeverDrafts() {
        ChecklistVersionView published = version(7, false);
        ChecklistVersionView draft = version(8, true);

        assertThat(memory.remember(published)).isSameAs(published);
        assertThat(memory.remember(draft)).isSameAs(draft);

        assertThat(memory.find(7)).contains(published);
        assertThat(memory.find(8)).isEmpty();
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        for (long id = 1; id <= PublishedChecklists.MOST + 10; id++) {
            memory.remember(version(id, false));
            assertThat(memory.size()).isLessThanOrEqualTo(PublishedChecklists.MOST);
        }
        assertThat(memory.find(PublishedChecklists.MOST + 10)).isPresent();
    }

    private static ChecklistVersionView version(long id, boolean draft) {
        return new ChecklistVersionView(id, 1, 2, 1, draft, draft ? null : Instant.EPOCH, 0, List.of());
    }
}
