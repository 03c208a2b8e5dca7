package dev.tandem.ui.base;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A step of opening the window, as a Flight Recorder event: it costs nothing unless a recording
 * runs, and a recording started with the process (for instance through {@code JAVA_TOOL_OPTIONS})
 * shows from outside how long each step took, ending with "window-ready", the first frame laid
 * out with the journal open.
 */
@Name(LaunchStep.NAME)
@Label("Launch step")
@Category("Tandem")
@Description("A step of opening the window; window-ready is the first frame laid out with the journal open.")
@StackTrace(false)
public final class LaunchStep extends Event {

    public static final String NAME = "dev.tandem.LaunchStep";

    @Label("Step")
    final String step;

    private LaunchStep(String step) {
        this.step = step;
    }

    /** Records that the launch reached {@code step}. */
    public static void reached(String step) {
        new LaunchStep(step).commit();
    }
}
