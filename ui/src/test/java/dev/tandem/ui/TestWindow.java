package dev.tandem.ui;

import dev.tandem.app.tasks.TaskExecutor;
import dev.tandem.ui.shell.ShellView;
import dev.tandem.ui.shell.ShellViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window as the app builds it (light theme, the app's stylesheet, real pauses), for window tests. */
public final class TestWindow {

    private TestWindow() {
    }

    /** Shows the shell in {@code stage} at the given size and returns its model; call on the FX thread. */
    public static ShellViewModel show(Stage stage, TaskExecutor background, int width, int height) {
        Theme.apply("light");
        ShellViewModel model = new ShellViewModel(background, Platform::runLater, Debouncer::fx);
        Scene scene = new Scene(new ShellView(model).root(), width, height);
        scene.getStylesheets().add(Theme.class.getResource("tandem.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Tandem");
        stage.show();
        return model;
    }
}
