package dev.tandem.ui.recall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.recall.Recall;
import dev.tandem.memory.recall.Recollection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallViewModelTest {

    @TempDir
    Path dir;

    @Test
    void pinnedItemsStayOnTopAndHiddenOnesStayOutForThisEntry() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry heap = add(tandem, "Compost heap", "Built a compost heap from pallets; worms arrived.");
            Entry wet = add(tandem, "Wet compost", "The compost is too wet; added cardboard and turned it.");
            Entry dentist = add(tandem, "Dentist", "Booked the dentist for Tuesday morning.");
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            RecallViewModel model = new RecallViewModel(new Recall(tandem.index(), Clock.systemUTC()),
                    TaskExecutor.sameThread(), Runnable::run);
            assertThat(model.messageProperty().get()).isEqualTo(RecallViewModel.WAITING);

            model.contextChanged(new RecallViewModel.Context("turning the compost heap", null, null, List.of()));
            assertThat(ids(model)).contains(heap.id(), wet.id()).doesNotContain(dentist.id());
            Recollection wetItem = item(model, wet.id());
            model.pin(wetItem);
            assertThat(model.cards().get(0)).isEqualTo(new RecallViewModel.Card(wetItem, true));
            assertThat(model.pinned()).containsExactly(wetItem);

            model.contextChanged(new RecallViewModel.Context("the dentist on Tuesday", null, null, List.of()));
            assertThat(model.cards().get(0).item().id()).as("a pin survives a new text").isEqualTo(wet.id());
            assertThat(ids(model)).contains(dentist.id());

            model.hide(item(model, dentist.id()));
            assertThat(ids(model)).doesNotContain(dentist.id());
            model.contextChanged(new RecallViewModel.Context("the dentist on Tuesday again", null, null, List.of()));
            assertThat(ids(model)).as("hidden while this entry is written").doesNotContain(dentist.id());
            model.contextChanged(new RecallViewModel.Context("the dentist on Tuesday", 99L, null, List.of()));
            assertThat(ids(model)).as("another entry starts afresh").contains(dentist.id());

            model.unpin(wetItem);
            assertThat(model.pinned()).isEmpty();
            model.contextChanged(new RecallViewModel.Context("", 99L, null, List.of()));
            assertThat(model.cards()).isEmpty();
            model.contextChanged(new RecallViewModel.Context("quantum chromodynamics", 99L, null, List.of()));
            assertThat(model.messageProperty().get()).isEqualTo(RecallViewModel.NOTHING);
        }
    }

    @Test
    void aPanelOffScreenAsksNothingUntilItIsShownAgain() {
        try (Tandem tandem = Tandem.open(dir)) {
            Entry heap = add(tandem, "Compost heap", "Built a compost heap from pallets; worms arrived.");
            Entry dentist = add(tandem, "Dentist", "Booked the dentist for Tuesday morning.");
            tandem.index().awaitCurrent(Duration.ofSeconds(10));
            RecallViewModel model = new RecallViewModel(new Recall(tandem.index(), Clock.systemUTC()),
                    TaskExecutor.sameThread(), Runnable::run);
            model.contextChanged(new RecallViewModel.Context("turning the compost heap", null, null, List.of()));
            assertThat(ids(model)).contains(heap.id());

            model.setShown(false);
            model.contextChanged(new RecallViewModel.Context("the dentist on Tuesday", null, null, List.of()));
            model.askAgain();
            assertThat(ids(model)).as("nothing asked while off screen").contains(heap.id())
                    .doesNotContain(dentist.id());

            model.setShown(true);
            assertThat(ids(model)).as("asked at once when shown").contains(dentist.id()).doesNotContain(heap.id());
        }
    }

    private static Entry add(Tandem tandem, String title, String body) {
        return tandem.store().entries().add(Entry.draft(title, body, EntryKind.NOTE, null, List.of(), null));
    }

    private static List<Long> ids(RecallViewModel model) {
        return model.cards().stream().map(card -> card.item().id()).toList();
    }

    private static Recollection item(RecallViewModel model, long id) {
        return model.cards().stream().map(RecallViewModel.Card::item).filter(r -> r.id() == id).findFirst()
                .orElseThrow();
    }
}
