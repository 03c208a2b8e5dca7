package dev.tandem.ui.base;

import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small pieces every form and list of the window uses the same way. */
public final class Forms {

    private Forms() {
    }

    /** Two columns, labels as wide as they need, fields taking the rest (at least {@code minField} wide). */
    public static GridPane grid(double minField) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(minField);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    /** A line saying what went wrong, taking no room while {@code problem} is empty. */
    public static Label problemLine(String id, ObservableStringValue problem) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        line.getStyleClass().addAll("danger", "text-small");
        line.textProperty().bind(problem);
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Opens the chosen item on a click or Enter (moving with the arrow keys only chooses). */
    public static <T> void openOnChoice(ListView<T> list, Consumer<T> open) {
        Runnable chosen = () -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                open.accept(item);
            }
        };
        list.setOnMouseClicked(event -> chosen.run());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                chosen.run();
            }
        });
    }
}
