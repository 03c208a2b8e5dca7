package dev.tandem.bench.desktop;

import dev.tandem.ui.base.LaunchStep;

/** A stand-in for the window: reaches two launch steps, then waits to be ended, as the window does. */
public final class StepsOnlyWindow {

    private StepsOnlyWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchStep.reached("main");
        Thread.sleep(200);
        LaunchStep.reached(LaunchRecording.READY);
        Thread.sleep(120_000);
    }
}
