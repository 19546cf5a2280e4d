package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.Follower;
import ij.ImagePlus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Hands the images a {@link Follower} opens on its own thread to the thread
 * that started it (a macro's), which shows them, so that the macro's
 * {@code run("Follow Run (live)...", ...)} returns only once its image exists
 * and is the macro's current image, as after any other command that opens
 * one.
 *
 * <p>Used as the follower's {@code onOpen}: {@link #accept} runs on the
 * follower's thread and waits until the caller has shown the images, so the
 * follower never grows an image that is still being shown.
 * {@link #ended()} is called when the follower's thread ends, so a caller
 * never waits for a follower that gave up (after {@code tmax}) before its
 * first frame, was stopped (Esc) or failed.
 *
 * <pre>{@code
 * OpenHandoff handoff = new OpenHandoff();
 * Follower f = new Follower(..., handoff);
 * new Thread(() -> { try { f.run(); } finally { handoff.ended(); } }).start();
 * List<ImagePlus> shown = handoff.showWhenOpen(Commands::show, f::stop);
 * }</pre>
 */
final class OpenHandoff implements Consumer<List<ImagePlus>> {

    private final CompletableFuture<List<ImagePlus>> opened = new CompletableFuture<>();
    private final CountDownLatch shown = new CountDownLatch(1);

    /**
     * On the follower's thread: hands the images over and waits until the
     * caller has shown them.
     *
     * @param images the images just opened
     */
    @Override
    public void accept(List<ImagePlus> images) {
        opened.complete(List.copyOf(images));
        try {
            shown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the follower's thread, when it ends: a caller still waiting gets no images. */
    void ended() {
        opened.complete(List.of());
        shown.countDown();
    }

    /**
     * On the caller's thread: waits until the follower has opened its images
     * or ended, and shows the images.
     *
     * @param show shows the images (on this thread)
     * @param stop stops the follower, if this thread is interrupted while it waits
     * @return the images shown, or an empty list if the follower ended first
     */
    List<ImagePlus> showWhenOpen(Consumer<List<ImagePlus>> show, Runnable stop) {
        try {
            List<ImagePlus> images = opened.get();
            if (!images.isEmpty()) {
                show.accept(images);
            }
            return images;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.run();
            return List.of();
        } catch (ExecutionException e) {
            return List.of();   // not reached: the hand-off is never completed with an exception
        } finally {
            shown.countDown();
        }
    }
}
