package dev.tandem.ui.documents;

import dev.tandem.memory.ingest.IngestResult;
import dev.tandem.ui.base.Icons;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Dropping files anywhere on the window: an overlay says where they will go while they are held
 * over it, and a card shows the progress and what became of each file, with Cancel.
 */
public final class DropView {

    private final StackPane overlay = new StackPane();
    private final VBox card = new VBox(8);
    private final Label where = new Label();

    private final DropViewModel model;
    private boolean built;

    /** {@code showCard} puts the progress card on the window the first time a drop starts. */
    public DropView(DropViewModel model, java.util.function.Consumer<Node> showCard) {
        this.model = model;
        where.getStyleClass().add("title-3");
        where.setGraphic(Icons.of(Feather.DOWNLOAD));
        overlay.getChildren().add(where);
        overlay.getStyleClass().add("drop-overlay");
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        model.workingProperty().addListener((o, was, now) -> {
            if (now) {
                if (!built) {
                    built = true;
                    buildCard();
                    showCard.accept(card);
                }
                card.setVisible(true);
            }
        });
    }

    private void buildCard() {

        Label progress = new Label();
        progress.setId("drop-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(model.workingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        ListView<IngestResult> results = new ListView<>(model.results());
        results.setId("drop-results");
        results.setPrefHeight(160);
        results.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(IngestResult result, boolean empty) {
                super.updateItem(result, empty);
                if (empty || result == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setGraphic(Icons.of(switch (result.outcome()) {
                    case ADDED -> Feather.CHECK;
                    case KNOWN -> Feather.COPY;
                    case SKIPPED -> Feather.SKIP_FORWARD;
                    case FAILED -> Feather.ALERT_TRIANGLE;
                }));
                String name = new File(result.file()).getName();
                setText(name + " — " + switch (result.outcome()) {
                    case ADDED -> "added (" + result.chunks() + (result.chunks() == 1 ? " passage)" : " passages)");
                    case KNOWN -> "already in your journal";
                    case SKIPPED -> "skipped: " + result.reason();
                    case FAILED -> "failed: " + result.reason();
                });
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("drop-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.workingProperty());
        Button close = new Button("Close");
        close.setOnAction(e -> card.setVisible(false));
        close.visibleProperty().bind(model.workingProperty().not());
        Button keep = new Button("Keep it in sync", Icons.of(Feather.REFRESH_CW));
        keep.setId("drop-keep-in-sync");
        keep.setTooltip(new javafx.scene.control.Tooltip("Watch this folder: files added later are taken in, edited "
                + "ones replace their text, deleted ones leave search."));
        keep.visibleProperty().bind(model.offeredFolderProperty().isNotNull());
        keep.managedProperty().bind(keep.visibleProperty());
        keep.setOnAction(e -> model.keepInSync());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, keep, gap, cancel, close);
        Label heading = new Label("Documents", Icons.of(Feather.FILE_TEXT));
        heading.getStyleClass().add("pane-heading");
        card.getChildren().addAll(heading, progress, bar, results, actions);
        card.setId("drop-card");
        card.getStyleClass().add("drop-card");
        card.setPadding(new Insets(14));
        card.setMaxSize(420, Region.USE_PREF_SIZE);
        card.setVisible(false);
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(card, new Insets(16));
    }

    /** Accepts files dropped anywhere on {@code target}. */
    public void install(Node target, DropViewModel model) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!overlay.isVisible()) {
                    where.setText(model.where());
                    overlay.setVisible(true);
                }
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> overlay.setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            overlay.setVisible(false);
            if (event.getDragboard().hasFiles()) {
                List<File> files = event.getDragboard().getFiles();
                model.drop(files.stream().map(File::toPath).toList());
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    public Node overlay() {
        return overlay;
    }

}
