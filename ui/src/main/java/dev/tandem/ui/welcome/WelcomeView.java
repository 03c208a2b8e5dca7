package dev.tandem.ui.welcome;

import dev.tandem.ui.base.Icons;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The first-run card over the window: the first goal and why, or a look at the sample journal. */
public final class WelcomeView {

    private final StackPane root = new StackPane();

    public WelcomeView(WelcomeViewModel model) {
        Label title = new Label("Welcome to Tandem");
        title.getStyleClass().add("title-2");
        Label intro = new Label("Tandem keeps a private journal on this computer and works beside you toward "
                + "your goals. While you write, it brings back the notes that matter. Nothing leaves this "
                + "computer unless you connect a model.");
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label ask = new Label("What do you want to work toward?");
        ask.getStyleClass().add("pane-heading");
        TextField goal = new TextField();
        goal.setId("welcome-goal");
        goal.setPromptText("e.g. Grow our own vegetables this summer");
        goal.textProperty().bindBidirectional(model.goalProperty());
        Label askWhy = new Label("Why does it matter to you?");
        askWhy.getStyleClass().add("pane-heading");
        TextArea why = new TextArea();
        why.setId("welcome-why");
        why.setPromptText("In your own words; your partner will work from this.");
        why.setPrefRowCount(3);
        why.setWrapText(true);
        why.textProperty().bindBidirectional(model.whyProperty());
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        Button start = new Button("Start my journal", Icons.of(Feather.ARROW_RIGHT));
        start.setId("welcome-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        Hyperlink sample = new Hyperlink("Explore a sample journal first");
        sample.setId("welcome-sample");
        sample.setOnAction(e -> model.sample());
        Hyperlink skip = new Hyperlink("Skip");
        skip.setId("welcome-skip");
        skip.setOnAction(e -> model.skip());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, sample, skip, gap, start);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(12, title, intro, ask, goal, askWhy, why, problem, actions);
        card.setId("welcome");
        card.getStyleClass().add("welcome-card");
        card.setPadding(new Insets(28));
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("quick-search-scrim");
        root.visibleProperty().bind(model.showingProperty());
        model.showingProperty().addListener((o, was, on) -> {
            if (on) {
                Platform.runLater(goal::requestFocus);
            }
        });
        if (model.showingProperty().get()) {
            Platform.runLater(goal::requestFocus);
        }
    }

    public Parent root() {
        return root;
    }
}
