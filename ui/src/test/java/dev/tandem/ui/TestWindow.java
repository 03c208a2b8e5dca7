package dev.tandem.ui;

import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.Theme;
import dev.tandem.app.tasks.BackgroundExecutor;
import dev.tandem.ui.shell.ShellView;
import dev.tandem.ui.shell.ShellViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window as the app builds it (light theme, the app's stylesheet, real pauses), with
 * background threads of its own, for window tests; close it after each test.
 */
public final class TestWindow implements AutoCloseable {

    private final BackgroundExecutor background = new BackgroundExecutor("test-ui-work", 3);
    private final ShellViewModel model;

    private TestWindow(Stage stage, int width, int height) {
        Theme theme = Theme.withSystemDark(false);
        theme.apply("light");
        model = new ShellViewModel(background, Platform::runLater, Debouncer::fx);
        Scene scene = new Scene(new ShellView(model, theme).root(), width, height);
        scene.getStylesheets().add(DesktopApp.class.getResource("tandem.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Tandem");
        stage.show();
    }

    /** Shows the shell in {@code stage} at the given size; call on the FX thread. */
    public static TestWindow show(Stage stage, int width, int height) {
        return new TestWindow(stage, width, height);
    }

    public ShellViewModel model() {
        return model;
    }

    /** Closes the journal and stops the background threads. */
    @Override
    public void close() {
        model.close();
        background.close();
    }
}
