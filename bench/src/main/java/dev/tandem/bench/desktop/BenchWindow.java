package dev.tandem.bench.desktop;

import dev.tandem.ui.DesktopApp;
import dev.tandem.ui.shell.ShellViewModel;
import java.util.Arrays;
import javafx.scene.Scene;

/**
 * The product's window with a driver inside, started by {@link Main}: "typing" types into the
 * journal for a number of seconds, "chat" streams a reply into a long conversation. Each prints its
 * figures and closes the window.
 */
public final class BenchWindow extends DesktopApp {

    static final String TYPING = "typing";
    static final String CHAT = "chat";

    private static String mode;
    private static int seconds;

    @Override
    protected void shown(Scene scene, ShellViewModel shell) {
        shell.workspaceProperty().addListener((o, was, workspace) -> {
            if (workspace == null) {
                return;
            }
            if (mode.equals(CHAT)) {
                new ChatDriver(scene, workspace).start();
            } else {
                new TypingDriver(scene, workspace).start(seconds);
            }
        });
    }

    /**
     * {@code Main typing SECONDS --data-dir DIR} or {@code Main chat 0 --data-dir DIR}. Not the
     * Application class itself: java would then insist on JavaFX as modules, and the window runs on
     * the class path as the installed app does.
     */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            mode = args[0];
            seconds = Integer.parseInt(args[1]);
            DesktopApp.open(BenchWindow.class, Arrays.copyOfRange(args, 2, args.length));
            System.exit(0);
        }
    }
}
