package dev.tandem.ui.journal;

import dev.tandem.memory.model.EntryKind;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.goals.GoalsViewModel;
import dev.tandem.ui.markdown.MarkdownRenderer;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The journal editor: title, Markdown text with a live preview beside it, kind, project and goals,
 * and a quiet mark that says it is saved.
 */
public final class JournalView {

    private static final Long NO_PROJECT = 0L;

    private final VBox root = new VBox(10);
    private final JournalViewModel model;
    private final SplitPane writing = new SplitPane();
    private final ScrollPane preview = new ScrollPane();
    private final ToggleButton previewToggle = new ToggleButton(null, Icons.of(Feather.EYE));
    private final PauseTransition renderLater = new PauseTransition(Duration.millis(200));
    private TextArea body;

    public JournalView(JournalViewModel model, GoalsViewModel choices) {
        this.model = model;
        TextField title = new TextField();
        title.setId("entry-title");
        title.setPromptText("Title (optional)");
        title.getStyleClass().add("entry-title");
        title.textProperty().bindBidirectional(model.titleProperty());

        preview.setId("entry-preview");
        preview.setFitToWidth(true);
        preview.getStyleClass().add("entry-preview");
        renderLater.setOnFinished(e -> render());
        model.bodyProperty().addListener((o, was, now) -> {
            if (previewToggle.isSelected()) {
                renderLater.playFromStart();
            }
        });
        previewToggle.setId("preview-toggle");
        previewToggle.getStyleClass().add("flat");
        previewToggle.setTooltip(new Tooltip("Show the rendered Markdown beside the text (Ctrl+P)"));
        previewToggle.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                render();
                writing.getItems().add(preview);
                writing.setDividerPositions(0.5);
            } else {
                writing.getItems().remove(preview);
            }
        });
        replaceEditor();
        model.openedProperty().addListener((o, was, now) -> replaceEditor());
        VBox.setVgrow(writing, Priority.ALWAYS);

        Label status = new Label();
        status.setId("entry-status");
        status.getStyleClass().addAll("text-small", "text-muted");
        status.textProperty().bind(model.statusProperty());
        Button fresh = new Button("New entry", Icons.of(Feather.PLUS));
        fresh.setId("new-entry");
        fresh.getStyleClass().add("flat");
        fresh.setTooltip(new Tooltip("Start a new entry (Ctrl+N)"));
        fresh.setOnAction(event -> model.newEntry());

        Label heading = new Label("Journal");
        heading.getStyleClass().addAll("title-4", "pane-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, status, fresh);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox pickers = new HBox(8, kindPicker(), projectPicker(choices), goalPicker(choices), spacer(), previewToggle);
        pickers.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, title, pickers, writing);
        root.getStyleClass().add("editor");
        root.setPadding(new Insets(16));
    }

    public Parent root() {
        return root;
    }

    /** Turns the preview on or off (Ctrl+P). */
    public void togglePreview() {
        previewToggle.setSelected(!previewToggle.isSelected());
    }

    /** Puts the caret in the text. */
    public void focusText() {
        body.requestFocus();
    }

    /** A new text area for each entry opened, so undo never reaches back into another entry. */
    private void replaceEditor() {
        if (body != null) {
            body.textProperty().unbindBidirectional(model.bodyProperty());
            model.caretProperty().unbind();
        }
        body = new TextArea();
        body.setId("entry-body");
        body.setPromptText("Write what you are working on. Markdown works: # headings, **bold**, - lists. "
                + "Tandem keeps it on this computer and saves as you go.");
        body.setWrapText(true);
        body.getStyleClass().add("entry-body");
        body.textProperty().bindBidirectional(model.bodyProperty());
        model.caretProperty().bind(body.caretPositionProperty());
        if (writing.getItems().isEmpty()) {
            writing.getItems().add(body);
        } else {
            writing.getItems().set(0, body);
        }
        if (previewToggle.isSelected()) {
            render();
        }
    }

    private void render() {
        VBox rendered = MarkdownRenderer.render(model.bodyProperty().get());
        rendered.setPadding(new Insets(4, 12, 12, 12));
        preview.setContent(rendered);
    }

    private ComboBox<EntryKind> kindPicker() {
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.setId("entry-kind");
        kind.getItems().addAll(EntryKind.values());
        kind.setTooltip(new Tooltip("What kind of entry this is"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntryKind value) {
                if (value == null) {
                    return "";
                }
                String word = value.name().toLowerCase(Locale.ROOT);
                return Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }

            @Override
            public EntryKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        return kind;
    }

    private ComboBox<Long> projectPicker(GoalsViewModel choices) {
        ComboBox<Long> project = new ComboBox<>();
        project.setId("entry-project");
        project.setTooltip(new Tooltip("The project this entry belongs to"));
        Runnable fill = () -> {
            Long chosen = model.projectIdProperty().get();
            project.getItems().setAll(NO_PROJECT);
            choices.projects().forEach(p -> project.getItems().add(p.id()));
            project.setValue(chosen == null ? NO_PROJECT : chosen);
        };
        choices.projects().addListener((ListChangeListener<Project>) change -> fill.run());
        fill.run();
        project.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long id) {
                return id == null || NO_PROJECT.equals(id) ? "No project" : choices.projects().stream().filter(p -> p.id() == id)
                        .map(Project::name).findFirst().orElse("Project " + id);
            }

            @Override
            public Long fromString(String text) {
                return null;
            }
        });
        project.valueProperty().addListener((o, was, now) -> {
            Long id = now == null || NO_PROJECT.equals(now) ? null : now;
            if (!java.util.Objects.equals(id, model.projectIdProperty().get())) {
                model.projectIdProperty().set(id);
            }
        });
        model.projectIdProperty().addListener((o, was, now) -> project.setValue(now == null ? NO_PROJECT : now));
        return project;
    }

    private MenuButton goalPicker(GoalsViewModel choices) {
        MenuButton goals = new MenuButton("No goals", Icons.of(Feather.TARGET));
        goals.setId("entry-goals");
        goals.setTooltip(new Tooltip("The goals this entry works toward"));
        Runnable fill = () -> {
            goals.getItems().clear();
            for (Goal goal : choices.goals()) {
                CheckMenuItem item = new CheckMenuItem(goal.title());
                item.setSelected(model.goalIds().contains(goal.id()));
                item.selectedProperty().addListener((o, was, on) -> {
                    if (on && !model.goalIds().contains(goal.id())) {
                        model.goalIds().add(goal.id());
                    } else if (!on) {
                        model.goalIds().remove(goal.id());
                    }
                });
                goals.getItems().add(item);
            }
            if (goals.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No goals yet: add one with + in the sidebar");
                none.setDisable(true);
                goals.getItems().add(none);
            }
            int count = model.goalIds().size();
            goals.setText(count == 0 ? "No goals" : count == 1 ? choices.goals().stream()
                    .filter(g -> g.id() == model.goalIds().get(0)).map(Goal::title).findFirst().orElse("1 goal")
                    : count + " goals");
        };
        choices.goals().addListener((ListChangeListener<Goal>) change -> fill.run());
        model.goalIds().addListener((ListChangeListener<Long>) change -> fill.run());
        fill.run();
        goals.setMaxWidth(220);
        return goals;
    }

    private static Region spacer() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }
}
