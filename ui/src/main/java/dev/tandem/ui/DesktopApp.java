package dev.tandem.ui;

import dev.tandem.ui.base.Debouncer;
import dev.tandem.ui.base.Theme;
import dev.tandem.app.Logs;
import dev.tandem.ui.bench.BenchProbe;
import dev.tandem.app.settings.DataPaths;
import dev.tandem.app.tasks.BackgroundExecutor;
import dev.tandem.ui.shell.ShellView;
import dev.tandem.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the workspace shell. */
public final class DesktopApp extends Application {

    private BackgroundExecutor background;
    private ShellViewModel shell;

    private static EarlyJournal early;

    static void launchWith(String[] args) {
        early = EarlyJournal.start(DataPaths.resolve(dataDirArgument(List.of(args))));
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BenchProbe.mark("fx-started");
        Logs.quietConsole();
        background = new BackgroundExecutor("tandem-ui-work", 3);
        Path directory = early != null ? early.directory() : DataPaths.resolve(dataDirArgument(getParameters().getRaw()));
        shell = new ShellViewModel(background, Platform::runLater, Debouncer::fx,
                early != null ? early.opener() : dev.tandem.app.Tandem::open);
        shell.runQueue(true);
        Theme theme = early != null ? early.systemTheme() : new Theme();
        theme.apply(early != null ? early.theme() : dev.tandem.app.settings.DesktopSettings.SYSTEM);
        BenchProbe.mark("theme");
        javafx.scene.Parent view = new ShellView(shell, theme).root();
        BenchProbe.mark("view");
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(DesktopApp.class.getResource("tandem.css").toExternalForm());
        stage.setTitle("Tandem");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        BenchProbe.attachIfAsked(scene, shell);
        BenchProbe.mark("scene");
        stage.show();
        BenchProbe.mark("shown");
        shell.open(directory);
        // Day and month names come from the JDK's locale data, read on first use: read it now, in
        // the background, not on the FX thread when the memory panel first answers (a frame of 50 ms).
        background.submit(() -> java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.now()));
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
        if (background != null) {
            background.close();
        }
    }
}
