package dev.tandem.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.model.TurnRole;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The virtualised conversation list in a real window: what it lays out, where it keeps the reader. */
@ExtendWith(ApplicationExtension.class)
class TurnListTest {

    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private Label growing;
    private Label empty;
    private TurnList list;
    private int made;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 300; i++) {
            lines.add(line(i));
        }
        growing = new Label();
        growing.setWrapText(true);
        empty = new Label("No turns yet");
        list = new TurnList(lines, line -> {
            if (line.streaming()) {
                growing.setText(line.text());
                return growing;
            }
            made++;
            Label turn = new Label(line.text());
            turn.setWrapText(true);
            turn.setMinHeight(40 + line.turnId() % 5 * 30); // turns of different heights
            return turn;
        }, empty);
        stage.setScene(new Scene(list, 420, 300));
        stage.show();
    }

    private static ChatLine line(long id) {
        return new ChatLine(id, id % 2 == 0 ? TurnRole.USER : TurnRole.ASSISTANT, "Turn " + id, List.of(), "", false);
    }

    @Test
    void opensAtTheEndWithOnlyTheTurnsInViewInTheScene(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(list.following()).isTrue();
            assertThat(text(last())).isEqualTo("Turn 299");
            assertThat(last().getBoundsInParent().getMaxY()).isCloseTo(list.getHeight() - list.snappedBottomInset(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(list.getChildrenUnmodifiable()).as("the turns in view, the scroll bar, the placeholder")
                    .hasSize(list.inView().size() + 2);
            assertThat(list.inView().size()).isLessThan(10);
            assertThat(made).as("only the turns shown were made").isEqualTo(list.inView().size());
        });
    }

    @Test
    void aTurnAddedAtTheEndIsTheOnlyOneMade(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = made;
        robot.interact(() -> lines.add(line(300)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(made - before).isEqualTo(1);
            assertThat(text(last())).isEqualTo("Turn 300");
        });
    }

    @Test
    void aReplyGrowingAtTheEndStaysInViewUntilThePersonScrollsUp(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        StringBuilder reply = new StringBuilder("Partner:");
        robot.interact(() -> lines.add(new ChatLine(0, TurnRole.ASSISTANT, reply.toString(), List.of(), "", true)));
        for (int i = 0; i < 40; i++) {
            reply.append(" more words about the plan for the week");
            String now = reply.toString();
            robot.interact(() -> lines.set(lines.size() - 1, new ChatLine(0, TurnRole.ASSISTANT, now, List.of(), "",
                    true)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(last()).isSameAs(growing);
            assertThat(growing.getHeight()).isGreaterThan(list.getHeight());
            assertThat(growing.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(list.getHeight());
            list.scrollBy(-120);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] where = new double[1];
        robot.interact(() -> where[0] = growing.getBoundsInParent().getMinY());
        reply.append(" and a last paragraph that makes the reply longer still, well past the end of the view.");
        robot.interact(() -> lines.set(lines.size() - 1, new ChatLine(0, TurnRole.ASSISTANT, reply.toString(),
                List.of(), "", true)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(list.following()).isFalse();
            assertThat(growing.getBoundsInParent().getMinY()).as("what is read stays put").isEqualTo(where[0]);
        });
    }

    @Test
    void scrolledUpTheTurnReadStaysPutWhenTurnsComeAfterOrEarlierOnesAreShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list.scrollBy(-2000));
        WaitForAsyncUtils.waitForFxEvents();
        String[] first = new String[1];
        double[] where = new double[1];
        robot.interact(() -> {
            first[0] = text(list.inView().get(0));
            where[0] = list.inView().get(0).getLayoutY();
            lines.add(line(300));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(text(list.inView().get(0))).isEqualTo(first[0]);
            assertThat(list.inView().get(0).getLayoutY()).isEqualTo(where[0]);
            List<ChatLine> earlier = new ArrayList<>();
            for (int i = -100; i < 0; i++) {
                earlier.add(line(i + 1000));
            }
            earlier.addAll(lines);
            lines.setAll(earlier); // "show earlier turns" reads the conversation again, longer
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(text(list.inView().get(0))).isEqualTo(first[0]);
            assertThat(list.inView().get(0).getLayoutY()).isEqualTo(where[0]);
        });
    }

    @Test
    void theKeysAndTheScrollBarMoveThroughTheConversation(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(list::requestFocus);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(text(list.inView().get(0))).isEqualTo("Turn 0");
            assertThat(list.inView().get(0).getLayoutY()).isEqualTo(list.snappedTopInset());
        });
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(text(list.inView().get(0))).isNotEqualTo("Turn 0"));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(list.following()).isTrue();
            assertThat(text(last())).isEqualTo("Turn 299");
            ScrollBar bar = (ScrollBar) list.lookup(".scroll-bar");
            assertThat(bar.isVisible()).isTrue();
            assertThat(bar.getValue()).isEqualTo(1.0);
            bar.setValue(0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            int shown = Integer.parseInt(text(list.inView().get(0)).substring("Turn ".length()));
            assertThat(shown).as("half way down, by the heights known and guessed").isBetween(100, 200);
            assertThat(list.following()).isFalse();
        });
    }

    @Test
    void aButtonInATurnThatGetsTheFocusComesIntoView(FxRobot robot) throws Exception {
        javafx.scene.control.Button[] ask = new javafx.scene.control.Button[1];
        robot.interact(() -> {
            lines.setAll(line(0), line(1), line(2), line(3), line(4), line(5), line(6), line(7));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            list.scrollBy(-10_000); // the first turns in view, the last one below
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(text(list.inView().get(0))).isEqualTo("Turn 0");
            Node lastTurn = list.inView().get(list.inView().size() - 1);
            assertThat(lastTurn.getBoundsInParent().getMaxY()).isGreaterThan(list.getHeight());
            ask[0] = new javafx.scene.control.Button("Ask again");
            ((Label) lastTurn).setGraphic(ask[0]);
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> ask[0].getHeight() > 0);
        robot.interact(() -> ask[0].requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.geometry.Bounds box = list.sceneToLocal(ask[0].localToScene(ask[0].getBoundsInLocal()));
            assertThat(box.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxY()).isLessThanOrEqualTo(list.getHeight());
        });
    }

    @Test
    void anEmptyConversationShowsThePlaceholder(FxRobot robot) {
        robot.interact(lines::clear);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(list.inView()).isEmpty();
            assertThat(empty.isVisible()).isTrue();
            assertThat(list.getChildrenUnmodifiable()).hasSize(2);
            assertThat(list.lookup(".scroll-bar").isVisible()).isFalse();
        });
    }

    private Node last() {
        return list.inView().get(list.inView().size() - 1);
    }

    private static String text(Node node) {
        return ((Label) node).getText();
    }
}
