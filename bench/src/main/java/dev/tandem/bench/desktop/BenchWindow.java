package dev.tandem.bench.desktop;

import dev.tandem.ui.DesktopApp;
import dev.tandem.ui.shell.ShellViewModel;
import java.util.Arrays;
import javafx.scene.Scene;

/**
 * The product's window with a driver inside: {@code BenchWindow typing SECONDS --data-dir DIR}
 * types into the journal, {@code BenchWindow chat 0 --data-dir DIR} streams a reply into a long
 * conversation. Each prints its figures and closes the window.
 */
public final class BenchWindow extends DesktopApp {

    static final String TYPING = "typing";
    static final String CHAT = "chat";

    private static String mode;
    private static int seconds;

    public static void main(String[] args) {
        mode = args[0];
        seconds = Integer.parseInt(args[1]);
        DesktopApp.open(BenchWindow.class, Arrays.copyOfRange(args, 2, args.length));
        System.exit(0);
    }

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
}
