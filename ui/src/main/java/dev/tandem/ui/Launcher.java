package dev.tandem.ui;

import dev.tandem.ui.base.LaunchStep;

/**
 * The desktop main class. With arguments it is the command line ({@code tandem search foo},
 * {@code tandem --version}) and no JavaFX class is loaded; without, it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        dev.tandem.app.settings.DataPaths.unpackNativeLibrariesInto(
                dev.tandem.app.settings.DataPaths.forArguments(java.util.Arrays.asList(args)));
        if (args.length > 0 && !isDesktopOption(args)) {
            dev.tandem.app.cli.Main.exit(dev.tandem.app.cli.Main.run(args));
        }
        LaunchStep.reached("main");
        DesktopApp.open(DesktopApp.class, args);
        // Native libraries (a local model) can leave non-daemon threads behind: end the process.
        dev.tandem.app.cli.Main.exit(0);
    }

    /** {@code --data-dir DIR} alone still opens the window, on that directory. */
    private static boolean isDesktopOption(String[] args) {
        return args.length == 2 && args[0].equals("--data-dir")
                || args.length == 1 && args[0].startsWith("--data-dir=");
    }
}
