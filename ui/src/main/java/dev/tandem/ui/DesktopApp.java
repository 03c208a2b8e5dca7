package dev.tandem.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tandem.app.Logs;
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

    /** The pause in typing after which the editor saves and the memory panel asks again. */
    private static final long DEBOUNCE_MILLIS = 150;

    private BackgroundExecutor background;
    private ShellViewModel shell;

    static void launchWith(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Logs.quietConsole();
        background = new BackgroundExecutor("tandem-ui-work", 2);
        shell = new ShellViewModel(background, Platform::runLater, () -> Debouncer.fx(DEBOUNCE_MILLIS));
        Application.setUserAgentStylesheet(prefersDark()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new ShellView(shell).root(), 1200, 760);
        scene.getStylesheets().add(DesktopApp.class.getResource("tandem.css").toExternalForm());
        stage.setTitle("Tandem");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        shell.open(DataPaths.resolve(dataDirArgument(getParameters().getRaw())));
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

    private static boolean prefersDark() {
        String theme = System.getenv().getOrDefault("GTK_THEME", "") + System.getProperty("tandem.theme", "");
        return theme.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (background != null) {
            background.close();
        }
    }
}
