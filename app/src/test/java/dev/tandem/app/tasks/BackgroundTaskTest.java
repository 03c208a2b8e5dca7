package dev.tandem.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.memory.TandemException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task type on real threads: what it says on success, failure, progress and cancellation, and where. */
class BackgroundTaskTest {

    private final Workers workers = Workers.named("test", 2);
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
    private final LogRecords log = new LogRecords("dev.tandem.app.tasks");

    @AfterEach
    void tearDown() {
        log.close();
        callbacks.shutdownNow();
        workers.close();
    }

    @Test
    void aFailureReachesTheLogOnceWithItsReasonAndThenTheFailureHandler() throws Exception {
        IllegalStateException broken = new IllegalStateException("the disk is on fire");
        CompletableFuture<String> handledOn = new CompletableFuture<>();
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        CompletableFuture<Object> done = BackgroundTask.wrap(() -> {
            throw broken;
        }).named("reading the timeline").onSuccess(result -> handledOn.complete("success?")).onFailure(failure -> {
            handled.add(failure);
            handledOn.complete(Thread.currentThread().getName());
        }).executeWith(workers.work(), callbacks);

        assertThat(handledOn.get(5, TimeUnit.SECONDS)).isEqualTo("test-callbacks");
        assertThat(handled).containsExactly(broken);
        assertThatThrownBy(done::join).hasCause(broken);
        List<LogRecord> failures = log.records.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
        assertThat(failures).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains("reading the timeline failed");
            assertThat(record.getThrown()).isSameAs(broken);
        });
    }

    @Test
    void anExpectedFailureIsLoggedWithItsMessageAndReachesTheHandler() throws Exception {
        CompletableFuture<Throwable> handled = new CompletableFuture<>();
        BackgroundTask.wrap(() -> {
            throw new TandemException("The database is locked by another program.");
        }).named("saving the goal").onSuccess(result -> { }).onFailure(handled::complete)
                .executeWith(workers.work(), callbacks);

        assertThat(handled.get(5, TimeUnit.SECONDS)).hasMessage("The database is locked by another program.");
        assertThat(log.records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(java.text.MessageFormat.format(record.getMessage(), record.getParameters()))
                    .isEqualTo("saving the goal failed: The database is locked by another program.");
        });
    }

    @Test
    void progressIsPushedToTheListenersBeforeTheResult() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        CompletableFuture<String> finished = new CompletableFuture<>();
        BackgroundTask.<String, Integer>wrapWithProgress(context -> {
            for (int file = 1; file <= 3; file++) {
                context.progress(file);
            }
            return "3 files";
        }).onProgress(file -> heard.add(file + " on " + Thread.currentThread().getName()))
                .onSuccess(finished::complete).onFailureOnlyLogged().executeWith(workers.work(), callbacks);

        assertThat(finished.get(5, TimeUnit.SECONDS)).isEqualTo("3 files");
        assertThat(heard).containsExactly("1 on test-callbacks", "2 on test-callbacks", "3 on test-callbacks");
    }

    @Test
    void aCancelledTaskStopsBetweenItemsAndSaysSoInsteadOfSucceeding() throws Exception {
        CountDownLatch firstItem = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        int[] items = {0};
        BackgroundTask<String, Void> task = BackgroundTask.<String, Void>wrapWithProgress(context -> {
            while (!context.isCancelled()) {
                items[0]++;
                firstItem.countDown();
                try {
                    cancelled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "all";
        });
        CompletableFuture<String> done = task.onSuccess(outcome::complete)
                .onFailure(failure -> outcome.complete("failed"))
                .onCancelled(() -> outcome.complete("cancelled"))
                .executeWith(workers.work(), callbacks);
        firstItem.await(5, TimeUnit.SECONDS);
        task.cancel();
        cancelled.countDown();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(items[0]).isEqualTo(1);
        // The callback may run a moment before the task's own future is marked: wait for it, briefly.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.isDone() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(done).isCancelled();
        assertThat(log.records).noneMatch(r -> r.getLevel().intValue() >= Level.INFO.intValue());
    }

    @Test
    void aTaskMustSayWhatHappensWhenItFails() {
        assertThatThrownBy(() -> BackgroundTask.wrap(() -> 1).onSuccess(n -> { })
                .executeWith(TaskExecutor.sameThread(), Runnable::run))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("onFailure");
    }

    @Test
    void onTheSameThreadEverythingHasHappenedWhenTheCallReturns() {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> done = BackgroundTask.wrap(() -> 42).onSuccess(n -> seen.add("got " + n))
                .onFailureOnlyLogged().executeWith(TaskExecutor.sameThread(), Runnable::run);
        assertThat(seen).containsExactly("got 42");
        assertThat(done).isCompletedWithValue(42);
    }

    @Test
    void theThreadsAreNamedDaemonsAndWhatFailsOnThemUnwatchedIsLogged() throws Exception {
        CompletableFuture<Thread> work = new CompletableFuture<>();
        workers.work().execute(() -> work.complete(Thread.currentThread()));
        assertThat(work.get(5, TimeUnit.SECONDS).getName()).startsWith("test-work-");
        assertThat(work.get().isDaemon()).isTrue();

        var scheduled = workers.periodic().schedule(() -> {
            assertThat(Thread.currentThread().getName()).isEqualTo("test-periodic");
            throw new IllegalStateException("a periodic round broke");
        }, 10, TimeUnit.MILLISECONDS);
        assertThatThrownBy(() -> scheduled.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (log.records.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(log.records).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasMessage("a periodic round broke");
        });
    }
}
