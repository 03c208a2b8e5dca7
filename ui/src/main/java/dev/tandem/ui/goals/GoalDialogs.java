package dev.tandem.ui.goals;

import dev.tandem.memory.TandemException;
import dev.tandem.memory.model.Goal;
import dev.tandem.memory.model.Project;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The small forms behind "+": a new project, a new goal. They stay open with a clear message when saving fails. */
public final class GoalDialogs {

    private GoalDialogs() {
    }

    public static void askProject(Window owner, GoalsViewModel model) {
        TextField name = new TextField();
        name.setId("project-name");
        name.setPromptText("e.g. Garden, Thesis, Moving house");
        TextField description = new TextField();
        description.setPromptText("optional");
        GridPane form = dev.tandem.ui.base.Forms.grid(320);
        form.setPadding(new Insets(8, 4, 4, 4));
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("About"), description);
        show(owner, "New project", form, name, () -> model.addProject(name.getText(), description.getText()), p -> { });
    }

    /** Asks for a goal; {@code project} preselects one (may be null); {@code created} runs with the new goal. */
    public static void askGoal(Window owner, GoalsViewModel model, Long project, Consumer<Goal> created) {
        TextField title = new TextField();
        title.setId("goal-title");
        title.setPromptText("What you want to reach");
        TextArea why = new TextArea();
        why.setId("goal-why");
        why.setPromptText("Why it matters to you — the partner works from this");
        why.setPrefRowCount(3);
        why.setWrapText(true);
        ComboBox<Project> projects = new ComboBox<>();
        projects.getItems().add(null);
        projects.getItems().addAll(model.projects());
        projects.setConverter(new StringConverter<>() {
            @Override
            public String toString(Project value) {
                return value == null ? "No project" : value.name();
            }

            @Override
            public Project fromString(String text) {
                return null;
            }
        });
        projects.getSelectionModel().select(model.projects().stream()
                .filter(p -> project != null && p.id() == project).findFirst().orElse(null));
        DatePicker target = new DatePicker();
        target.setPromptText("optional");
        GridPane form = dev.tandem.ui.base.Forms.grid(320);
        form.setPadding(new Insets(8, 4, 4, 4));
        form.addRow(0, new Label("Goal"), title);
        form.addRow(1, new Label("Why"), why);
        form.addRow(2, new Label("Project"), projects);
        form.addRow(3, new Label("Target date"), target);
        show(owner, "New goal", form, title, () -> {
            Project chosen = projects.getValue();
            LocalDate date = target.getValue();
            return model.addGoal(title.getText(), why.getText(), date, chosen == null ? null : chosen.id());
        }, created);
    }


    private static <T> void show(Window owner, String title, GridPane form, TextField first,
                                 Supplier<CompletableFuture<T>> save, Consumer<T> created) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        Label problem = new Label();
        problem.setId("dialog-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        form.add(problem, 0, form.getRowCount(), 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Create");
        ok.setId("dialog-create");
        ok.disableProperty().bind(first.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Node content = dialog.getDialogPane().getContent();
            content.setDisable(true);
            save.get().whenComplete((made, failure) -> Platform.runLater(() -> {
                content.setDisable(false);
                if (failure == null) {
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                    created.accept(made);
                } else {
                    Throwable cause = dev.tandem.ui.base.Failures.cause(failure);
                    problem.setText(cause instanceof TandemException ? cause.getMessage()
                            : "It could not be saved; the details are in the log.");
                }
            }));
        });
        Platform.runLater(first::requestFocus);
        dialog.show();
    }
}
