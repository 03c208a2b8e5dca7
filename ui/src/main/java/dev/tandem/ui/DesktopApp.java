package dev.tandem.ui;

import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.LaunchStep;
import dev.tandem.ui.base.Theme;
import dev.tandem.app.Logs;
import dev.tandem.app.settings.DataPaths;
import dev.tandem.app.tasks.BackgroundTask;
import dev.tandem.app.tasks.Workers;
import dev.tandem.ui.shell.ShellView;
import dev.tandem.ui.shell.ShellViewModel;
import dev.tandem.ui.shell.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window holding the workspace shell. A subclass started with
 * {@link #open(Class, String[])} sees the window once it is shown, through {@link #shown}.
 */
public class DesktopApp extends Application {

    private Workers workers;
    private ShellViewModel shell;

    private static EarlyJournal early;

    /** Opens the window of {@code type} (this class or a subclass) and returns when it is closed. */
    public static void open(Class<? extends DesktopApp> type, String[] args) {
        early = EarlyJournal.start(DataPaths.resolve(dataDirArgument(List.of(args))));
        Application.launch(type, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchStep.reached("fx-started");
        Logs.quietConsole();
        workers = early != null ? early.workers() : Workers.start();
        Path directory = early != null ? early.directory() : DataPaths.resolve(dataDirArgument(getParameters().getRaw()));
        shell = new ShellViewModel(workers.work(), Platform::runLater, Debouncer::fx,
                early != null ? early.opener() : dev.tandem.app.Tandem::open);
        shell.useMeaning();
        shell.runQueueOn(workers.periodic());
        Theme theme = early != null ? early.systemTheme() : new Theme();
        theme.apply(early != null ? early.theme() : dev.tandem.app.settings.DesktopSettings.SYSTEM);
        LaunchStep.reached("theme");
        javafx.scene.Parent view = new ShellView(shell, theme).root();
        LaunchStep.reached("view");
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(DesktopApp.class.getResource("tandem.css").toExternalForm());
        stage.setTitle("Tandem");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        LaunchStep.reached("scene");
        markReadyAtFirstFrame(scene);
        stage.show();
        LaunchStep.reached("shown");
        shown(scene, shell);
        shell.open(directory);
        // Day and month names come from the JDK's locale data, read on first use: read it now, in
        // the background, not on the FX thread when the memory panel first answers (a frame of 50 ms).
        BackgroundTask.wrap(() -> java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.ENGLISH).format(java.time.LocalDate.now()))
                .named("reading the day and month names").onFailureOnlyLogged()
                .executeWith(workers.work(), Platform::runLater);
    }

    /** Called on the FX thread once the window is shown, before its journal is opened. */
    protected void shown(Scene scene, ShellViewModel shell) {
    }

    /** "window-ready": the first frame laid out once the workspace (the journal open) is built. */
    private void markReadyAtFirstFrame(Scene scene) {
        shell.workspaceProperty().addListener(new ChangeListener<Workspace>() {
            @Override
            public void changed(ObservableValue<? extends Workspace> property, Workspace was, Workspace now) {
                if (now == null) {
                    return;
                }
                property.removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    LaunchStep.reached("window-ready");
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            }
        });
    }

    private static Path dataDirArgument(List<String> raw) {
        if (raw.size() == 2 && raw.get(0).equals("--data-dir")) {
            return Path.of(raw.get(1));
        }
        if (raw.size() == 1 && raw.get(0).startsWith("--data-dir=")) {
            return Path.of(raw.get(0).substring("--data-dir=".length()));
        }
        return null;
    }

    @Override
    public void stop() {
        if (early != null) {
            early.closeIfUntaken();
        }
        if (shell != null) {
            shell.close();
        }
        if (workers != null) {
            workers.close();
        } else if (early != null) {
            early.workers().close();
        }
    }
}
