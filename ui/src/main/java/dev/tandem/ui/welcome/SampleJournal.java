package dev.tandem.ui.welcome;

import dev.tandem.memory.model.Entry;
import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.MemoryKind;
import dev.tandem.memory.model.Project;
import dev.tandem.memory.store.Memories;
import dev.tandem.memory.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small journal of someone growing vegetables and training for a half marathon, written over
 * the last six weeks: enough for a newcomer to see the memory panel find older entries at once.
 */
public final class SampleJournal {

    private SampleJournal() {
    }

    /** Writes the sample into {@code store}, dated relative to {@code clock}. */
    public static void writeInto(Store store, Clock clock) {
        Instant now = clock.instant();
        Project garden = store.projects().add(Project.draft("Garden", "The vegetable beds behind the house"));
        Project running = store.projects().add(Project.draft("Running", "Training for the autumn half marathon"));
        Goal grow = store.goals().add(Goal.draft("Grow most of our summer vegetables",
                "Fresh food for the kids, and less packaging in the bin", LocalDate.now(clock).plusMonths(4),
                garden.id()));
        Goal compost = store.goals().add(Goal.draft("Make our own compost",
                "The soil is thin clay; the beds need organic matter every year", null, garden.id()));
        Goal race = store.goals().add(Goal.draft("Run the half marathon under two hours",
                "I stopped running after my knee injury and want to trust my body again",
                LocalDate.now(clock).plusMonths(5), running.id()));
        store.goals().add(Goal.draft("Write in the journal most days", "Writing things down helps me think", null,
                null));

        List<Entry> entries = new ArrayList<>();
        entries.add(entry(now, 41, "Planning the beds", """
                Measured the garden: three beds of 1.2 x 3 m fit along the fence where the sun is longest.
                Tomatoes and beans in the sunniest bed, **salad and herbs** near the kitchen door.""",
                EntryKind.NOTE, garden, grow));
        entries.add(entry(now, 38, "Compost heap", """
                Started a compost heap behind the shed with two pallets. Brown cardboard and green kitchen
                scraps in layers; Jonas from next door brought a bucket of worms to get it going.""",
                EntryKind.LOG, garden, compost));
        entries.add(entry(now, 35, "Knee check with the physio", """
                The physio says the knee is fine for easy running if I build up slowly: no more than
                10% more distance a week, and strength work twice a week (squats, lunges, calf raises).""",
                EntryKind.NOTE, running, race));
        entries.add(entry(now, 33, "First run in a year", """
                4 km very slowly around the park. The knee held up; my lungs did not. Felt proud anyway.""",
                EntryKind.LOG, running, race));
        entries.add(entry(now, 30, "Seed order", """
                Ordered seeds: two tomato varieties (a cherry and a paste tomato), runner beans, courgettes,
                lettuce mix, basil and coriander. Chose open-pollinated so we can save seeds next year.""",
                EntryKind.DECISION, garden, grow));
        entries.add(entry(now, 27, "Compost is too wet", """
                The compost smells sour and slimy. Too many kitchen scraps and not enough brown material.
                Mixed in shredded cardboard and dry leaves and turned the whole heap.""",
                EntryKind.LOG, garden, compost));
        entries.add(entry(now, 24, "Training plan", """
                Picked a 16-week plan: three runs a week (easy, intervals, long run) plus two strength sessions.
                - Long runs on Sunday mornings
                - Intervals on Wednesday at the track
                - Easy run on Friday""",
                EntryKind.DECISION, running, race));
        entries.add(entry(now, 20, "Why I keep a journal", """
                Writing down what I do makes the small progress visible. On bad weeks I read back and see
                how far the garden and the running have come.""",
                EntryKind.REFLECTION, null, null));
        entries.add(entry(now, 17, "Seedlings on the windowsill", """
                Tomato seedlings are up on the kitchen windowsill, leaning toward the light. Turning the tray
                every morning. The basil is slow; coriander did not come up at all.""",
                EntryKind.LOG, garden, grow));
        entries.add(entry(now, 14, "Long run: 10 km", """
                First 10 km long run at an easy pace, 6:40 per km. Knee a little stiff afterwards; iced it and
                did the calf raises. Jonas says he will join the Sunday runs.""",
                EntryKind.LOG, running, race));
        entries.add(entry(now, 10, "Slugs", """
                Slugs ate half of the lettuce seedlings overnight. Options: beer traps, copper tape, or going out
                with a torch at night. Trying beer traps first because the kids want to help.""",
                EntryKind.DECISION, garden, grow));
        entries.add(entry(now, 7, "Intervals felt good", """
                6 x 800 m at the track, each under 4:30. Breathing steady. The strength work is paying off.""",
                EntryKind.LOG, running, race));
        entries.add(entry(now, 4, "The compost is working", """
                The heap is warm in the middle and smells like forest soil now. The worms multiplied. Should be
                ready to spread on the beds in autumn.""",
                EntryKind.LOG, garden, compost));
        entries.add(entry(now, 1, "Planting out the tomatoes", """
                Planted the tomatoes in the sunny bed with a spade of compost in each hole, and put canes in.
                Watered them in; the forecast says no more frost.""",
                EntryKind.LOG, garden, grow));
        store.entries().addAll(entries);
        store.memories().propose(List.of(
                new Memories.Proposal("Jonas from next door shares the garden and the Sunday runs", MemoryKind.FACT,
                        null, null, "Jonas from next door brought a bucket of worms"),
                new Memories.Proposal("Increase running distance by at most 10% a week to protect the knee",
                        MemoryKind.COMMITMENT, null, null, "no more than 10% more distance a week")), null, true);
    }

    private static Entry entry(Instant now, int daysAgo, String title, String body, EntryKind kind, Project project,
                               Goal goal) {
        return Entry.draft(title, body.strip(), kind, project == null ? null : project.id(),
                goal == null ? List.of() : List.of(goal.id()),
                now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(daysAgo * 37L % 600)));
    }
}
