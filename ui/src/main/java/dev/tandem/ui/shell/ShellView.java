package dev.tandem.ui.shell;

import dev.tandem.app.settings.DesktopSettings;
import dev.tandem.ui.base.Icons;
import dev.tandem.ui.base.Theme;
import dev.tandem.ui.goals.GoalDialogs;
import dev.tandem.ui.goals.GoalView;
import dev.tandem.ui.goals.GoalsView;
import dev.tandem.ui.journal.JournalView;
import dev.tandem.ui.recall.MemoryPanelView;
import dev.tandem.ui.search.QuickSearchView;
import dev.tandem.ui.source.SourceView;
import dev.tandem.ui.timeline.TimelineView;
import dev.tandem.ui.welcome.WelcomeView;
import dev.tandem.memory.index.ItemKind;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window: a menu bar, then the sidebar (journal by day, projects and goals), the centre
 * (editor, goal or source) and the memory panel; quick search and the welcome float over it.
 */
public final class ShellView {

    private final BorderPane root = new BorderPane();
    private final Theme theme;
    private final Label partnerState = new Label();
    private final Label meaningState = new Label();
    private final Label toolState = new Label();
    private final Label folderState = new Label();
    private final Label syncState = new Label();
    private final javafx.scene.control.ToggleButton journalTab = new javafx.scene.control.ToggleButton("Journal",
            Icons.of(Feather.BOOK));
    private final javafx.scene.control.ToggleButton partnerTab = new javafx.scene.control.ToggleButton("Partner",
            Icons.of(Feather.MESSAGE_CIRCLE));
    private final javafx.scene.control.ToggleButton inboxTab = new javafx.scene.control.ToggleButton("Memories",
            Icons.of(Feather.BOOKMARK));
    private final StackPane layers = new StackPane();
    private final ShellViewModel model;
    private JournalView journalView;

    public ShellView(ShellViewModel model, Theme theme) {
        this.model = model;
        this.theme = theme;
        Label problem = new Label();
        problem.setId("problem");
        problem.getStyleClass().addAll("problem", "danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label opening = new Label("Opening your journal…");
        opening.getStyleClass().addAll("text-muted", "hint");
        VBox waiting = new VBox(12, problem, opening);
        waiting.setPadding(new Insets(24));
        opening.visibleProperty().bind(model.problemProperty().isEmpty());
        layers.getChildren().add(waiting);
        model.workspaceProperty().addListener((o, was, workspace) -> {
            if (workspace != null) {
                show(workspace);
            } else {
                layers.getChildren().setAll(waiting);
            }
        });
        model.themeProperty().addListener((o, was, chosen) -> theme.apply(chosen));

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        partnerState.setId("partner-state");
        Region statusGap = new Region();
        HBox.setHgrow(statusGap, Priority.ALWAYS);
        meaningState.setId("meaning-state");
        toolState.setId("tool-state");
        toolState.getStyleClass().add("text-muted");
        folderState.setId("folder-state");
        folderState.getStyleClass().add("text-muted");
        syncState.setId("sync-state");
        syncState.getStyleClass().add("text-muted");
        HBox statusBar = new HBox(12, status, statusGap, folderState, toolState, syncState, meaningState, partnerState);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        journalTab.setId("show-journal");
        partnerTab.setId("show-partner");
        journalTab.setOnAction(e -> act(Workspace::showJournal));
        partnerTab.setOnAction(e -> act(Workspace::showChat));
        inboxTab.setId("show-inbox");
        inboxTab.setOnAction(e -> act(Workspace::showInbox));
        javafx.scene.control.ToggleGroup tabs = new javafx.scene.control.ToggleGroup();
        journalTab.setToggleGroup(tabs);
        partnerTab.setToggleGroup(tabs);
        inboxTab.setToggleGroup(tabs);
        for (javafx.scene.control.ToggleButton tab : List.of(journalTab, partnerTab, inboxTab)) {
            // A switch, not a checkbox: clicking the page you are on keeps it chosen; the keys stay in the page.
            tab.setFocusTraversable(false);
            tab.addEventFilter(javafx.event.ActionEvent.ACTION, e -> tab.setSelected(true));
        }
        HBox switcher = new HBox(journalTab, partnerTab, inboxTab);
        switcher.getStyleClass().add("page-switcher");
        switcher.setAlignment(Pos.CENTER_RIGHT);
        switcher.setPadding(new Insets(2, 10, 2, 10));
        MenuBar bar = menus();
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(bar, switcher);
        top.getStyleClass().add("top-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(top, sampleBanner()));
        root.setCenter(layers);
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    private void show(Workspace workspace) {
        journalView = new JournalView(workspace.journal(), workspace.goals());
        StackPane centre = new StackPane(journalView.root());
        centre.getStyleClass().add("centre");
        Node[] goalView = new Node[1];
        Node[] sourceView = new Node[1];
        dev.tandem.ui.chat.ChatView[] chatView = new dev.tandem.ui.chat.ChatView[1];
        Node[] inboxView = new Node[1];
        Node[] settingsView = new Node[1];
        Runnable showPage = () -> {
            Workspace.Page page = workspace.pageProperty().get();
            if (page == Workspace.Page.GOAL && goalView[0] == null) {
                goalView[0] = new GoalView(workspace.goal(), workspace).root();
                centre.getChildren().add(goalView[0]);
            }
            if (page == Workspace.Page.SOURCE && sourceView[0] == null) {
                sourceView[0] = new SourceView(workspace.source()).root();
                centre.getChildren().add(sourceView[0]);
            }
            if (page == Workspace.Page.CHAT && chatView[0] == null) {
                chatView[0] = new dev.tandem.ui.chat.ChatView(workspace.chat(), workspace, workspace.store(),
                        workspace.background(), workspace.drops(), workspace.goals().projects());
                centre.getChildren().add(chatView[0].root());
            }
            if (page == Workspace.Page.INBOX && inboxView[0] == null) {
                inboxView[0] = new dev.tandem.ui.inbox.InboxView(workspace.inbox()).root();
                centre.getChildren().add(inboxView[0]);
            }
            setVisible(inboxView[0], page == Workspace.Page.INBOX);
            if (page == Workspace.Page.SETTINGS && settingsView[0] == null) {
                settingsView[0] = new dev.tandem.ui.settings.SettingsView(workspace.settings()).root();
                centre.getChildren().add(settingsView[0]);
            }
            setVisible(settingsView[0], page == Workspace.Page.SETTINGS);
            journalView.root().setVisible(page == Workspace.Page.JOURNAL);
            setVisible(goalView[0], page == Workspace.Page.GOAL);
            setVisible(sourceView[0], page == Workspace.Page.SOURCE);
            setVisible(chatView[0] == null ? null : chatView[0].root(), page == Workspace.Page.CHAT);
            if (page == Workspace.Page.CHAT) {
                // At once, so the hidden editor does not keep the keys (a page built just now takes it
                // as soon as its message box is in the scene).
                chatView[0].focusMessage();
            }
        };
        workspace.pageProperty().addListener((o, was, now) -> showPage.run());
        showPage.run();
        workspace.journal().statusProperty().addListener((o, was, now) -> {
            if ("Saved".equals(now)) {
                model.refreshStatus();
            }
        });

        VBox sidebar = new VBox(14, new TimelineView(workspace.timeline(), workspace).root(),
                new GoalsView(workspace.goals(), workspace).root());
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(16, 12, 16, 12));
        sidebar.setMinWidth(200);
        Parent panel = new MemoryPanelView(workspace.memories(), workspace).root();
        SplitPane split = new SplitPane(sidebar, centre, panel);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(panel, false);
        split.setDividerPositions(0.22, 0.68);
        dev.tandem.ui.documents.DropView drop = new dev.tandem.ui.documents.DropView(workspace.drops(),
                card -> layers.getChildren().add(layers.getChildren().indexOf(split) + 1, card));
        layers.getChildren().setAll(split, drop.overlay());
        drop.install(layers, workspace.drops());
        workspace.pageProperty().addListener((o, was, now) -> {
            boolean chatting = now == Workspace.Page.CHAT || now == Workspace.Page.INBOX
                    || now == Workspace.Page.SETTINGS;
            if (chatting && split.getItems().contains(panel)) {
                double sidebarAt = split.getDividerPositions()[0];
                split.getItems().remove(panel);
                split.setDividerPositions(sidebarAt);
            } else if (!chatting && !split.getItems().contains(panel)) {
                double sidebarAt = split.getDividerPositions()[0];
                split.getItems().add(panel);
                split.setDividerPositions(sidebarAt, 0.68);
            }
        });
        meaningState.textProperty().bind(workspace.meaningStateProperty());
        toolState.textProperty().bind(workspace.toolStateProperty());
        folderState.textProperty().bind(workspace.folderStateProperty());
        syncState.textProperty().bind(workspace.syncStateProperty());
        partnerState.textProperty().bind(javafx.beans.binding.Bindings.when(workspace.chat().busyProperty())
                .then("partner answering…").otherwise(workspace.partnerStateProperty()));
        journalTab.setSelected(true);
        workspace.pageProperty().addListener((o, was, now) -> journalTab.getToggleGroup().selectToggle(
                now == Workspace.Page.CHAT ? partnerTab : now == Workspace.Page.INBOX ? inboxTab
                        : now == Workspace.Page.SETTINGS ? null : journalTab));
        overlayWhenShown(workspace.search().showingProperty(), () -> new QuickSearchView(workspace.search()).root());
        overlayWhenShown(workspace.welcome().showingProperty(), () -> new WelcomeView(workspace.welcome()).root());
        Platform.runLater(() -> {
            split.setDividerPositions(0.22, 0.68);
            // Not when another page was asked for in the meantime (Ctrl+L at once): it has the caret.
            if (!workspace.welcome().showingProperty().get() && workspace.pageProperty().get() == Workspace.Page.JOURNAL) {
                journalView.focusText();
            }
        });
    }

    /** Builds an overlay the first time it is to be shown, so a launch does not pay for what it may never show. */
    private void overlayWhenShown(javafx.beans.value.ObservableBooleanValue showing,
                                  java.util.function.Supplier<Parent> build) {
        Runnable add = () -> layers.getChildren().add(build.get());
        if (showing.get()) {
            add.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    showing.removeListener(this);
                    add.run();
                }
            }
        };
        showing.addListener(once);
    }

    private static void setVisible(Node node, boolean visible) {
        if (node != null) {
            node.setVisible(visible);
        }
    }

    private MenuBar menus() {
        MenuItem newEntry = item("New entry", Feather.EDIT_3, "Shortcut+N", () -> act(w -> w.newEntry()));
        MenuItem newGoal = item("New goal…", Feather.TARGET, "Shortcut+Shift+G", () -> act(w ->
                GoalDialogs.askGoal(root.getScene().getWindow(), w.goals(), w.journal().projectIdProperty().get(),
                        goal -> w.open(ItemKind.GOAL, goal.id()))));
        MenuItem newProject = item("New project…", Feather.FOLDER_PLUS, null, () -> act(w ->
                GoalDialogs.askProject(root.getScene().getWindow(), w.goals())));
        MenuItem sample = item("Open the sample journal", Feather.BOOK_OPEN, null, model::openSample);
        sample.visibleProperty().bind(model.sampleProperty().not());
        MenuItem home = item("Back to my journal", Feather.HOME, null, model::openHome);
        home.visibleProperty().bind(model.sampleProperty());
        MenuItem settingsItem = item("Settings…", Feather.SETTINGS, "Shortcut+Comma", () -> act(Workspace::showSettings));
        MenuItem quit = item("Quit", Feather.LOG_OUT, "Shortcut+Q", Platform::exit);
        Menu file = new Menu("File", null, newEntry, newGoal, newProject, new SeparatorMenuItem(), sample, home,
                new SeparatorMenuItem(), settingsItem, quit);

        MenuItem search = item("Quick search", Feather.SEARCH, "Shortcut+K", () -> act(w -> w.search().show()));
        MenuItem journal = item("Journal", Feather.BOOK, "Shortcut+J", () -> act(Workspace::showJournal));
        MenuItem partner = item("Partner", Feather.MESSAGE_CIRCLE, "Shortcut+L", () -> act(Workspace::showChat));
        MenuItem inbox = item("Memory inbox", Feather.BOOKMARK, "Shortcut+M", () -> act(Workspace::showInbox));
        MenuItem preview = item("Markdown preview", Feather.EYE, "Shortcut+P", () -> {
            if (journalView != null) {
                journalView.togglePreview();
            }
        });
        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (String choice : new String[] {DesktopSettings.SYSTEM, DesktopSettings.LIGHT, DesktopSettings.DARK}) {
            RadioMenuItem option = new RadioMenuItem(switch (choice) {
                case DesktopSettings.LIGHT -> "Light";
                case DesktopSettings.DARK -> "Dark";
                default -> "Follow the system";
            });
            option.setToggleGroup(themes);
            option.setSelected(choice.equals(model.themeProperty().get()));
            model.themeProperty().addListener((o, was, now) -> option.setSelected(choice.equals(now)));
            option.setOnAction(e -> model.chooseTheme(choice));
            theme.getItems().add(option);
        }
        Menu view = new Menu("View", null, search, journal, partner, inbox, preview, new SeparatorMenuItem(), theme);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Node sampleBanner() {
        Label text = new Label("This is the sample journal. Try writing about compost, seedlings or a long run "
                + "and watch the memory panel.", Icons.of(Feather.INFO));
        text.setWrapText(true);
        Button back = new Button("Back to my journal");
        back.setId("leave-sample");
        back.setOnAction(e -> model.openHome());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(10, text, gap, back);
        banner.setId("sample-banner");
        banner.getStyleClass().add("sample-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.visibleProperty().bind(model.sampleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void act(java.util.function.Consumer<Workspace> action) {
        Workspace workspace = model.workspaceProperty().get();
        if (workspace != null) {
            action.accept(workspace);
        }
    }

    private static MenuItem item(String text, Feather icon, String keys, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
