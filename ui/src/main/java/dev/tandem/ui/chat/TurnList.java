package dev.tandem.ui.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The turns of a conversation, virtualised: only the turns in view are in the scene and laid out,
 * each at the list's width; a turn out of view counts with the height it had when last shown, or
 * the average. Unlike a {@code ListView} it never measures turns out of view, so a turn added or
 * growing at the end costs only its own layout: a reply streams in, and stays, in one bubble.
 * The list keeps to the end of the conversation until the person scrolls up; then the turn at the
 * top stays in place while the conversation changes.
 */
final class TurnList extends Region {

    private static final double GAP = 8;
    private static final double STEP = 40;
    private static final double MIN_THUMB = 28;

    private final ObservableList<ChatLine> rows;
    private final Function<ChatLine, Node> nodeFor;
    private final Node placeholder;
    private final ScrollBar bar = new ScrollBar();
    private final Rectangle clip = new Rectangle();
    private final TurnRows known;
    private final List<Node> inView = new ArrayList<>();
    private double width = -1;
    private double viewport;
    private double total;
    /** Whether the end of the conversation is kept in view; else {@link #anchor} is. */
    private boolean following = true;
    private ChatLine anchor;
    private int top;
    private double offset;
    private boolean adjusting;

    /** {@code nodeFor} gives a row's node when it comes into view; it may give the same node again later. */
    TurnList(ObservableList<ChatLine> rows, Function<ChatLine, Node> nodeFor, Node placeholder) {
        this.rows = rows;
        this.nodeFor = nodeFor;
        this.placeholder = placeholder;
        getStyleClass().add("turn-list");
        // Reachable with Tab, so the keys that move the conversation work without a mouse.
        setFocusTraversable(true);
        setAccessibleText("Conversation");
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMax(1);
        bar.setVisible(false);
        getChildren().addAll(placeholder, bar);
        setClip(clip);
        known = new TurnRows(rows.size(), GAP);
        rows.addListener((ListChangeListener<ChatLine>) this::changed);
        bar.valueProperty().addListener((o, was, now) -> {
            if (!adjusting) {
                jumpTo(now.doubleValue());
            }
        });
        addEventHandler(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0) {
                scrollBy(-event.getDeltaY());
                event.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // After the focus change is drawn: a button just styled as focused is laid out by then.
        javafx.beans.value.ChangeListener<Node> focus = (o, was, now) -> javafx.application.Platform.runLater(
                () -> reveal(now));
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focus);
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            while (owner != null && owner != this) {
                owner = owner.getParent();
            }
            if (owner == null) {
                requestFocus();
            }
        });
    }

    /** Keeps the end of the conversation in view from now on. */
    void showEnd() {
        following = true;
        requestLayout();
    }

    /** Moves the turns by {@code pixels}: up (towards the end) when positive. */
    void scrollBy(double pixels) {
        if (rows.isEmpty() || pixels == 0 || following && (pixels > 0 || total <= viewport)) {
            return;
        }
        following = false;
        offset += pixels;
        requestLayout();
    }

    /** Brings a button in a turn that got the focus (with Tab) wholly into view. */
    private void reveal(Node focused) {
        Node in = focused;
        while (in != null && in.getParent() != this) {
            in = in.getParent();
        }
        if (in == null || focused == this || !inView.contains(in)) {
            return;
        }
        javafx.geometry.Bounds box = sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double above = snappedTopInset();
        double below = above + viewport;
        if (box.getMinY() < above) {
            scrollBy(box.getMinY() - above - GAP);
        } else if (box.getMaxY() > below) {
            scrollBy(Math.min(box.getMaxY() - below + GAP, box.getMinY() - above - GAP));
        }
    }

    /** The nodes laid out in the last layout, top to bottom. */
    List<Node> inView() {
        return Collections.unmodifiableList(inView);
    }

    boolean following() {
        return following;
    }

    private void changed(ListChangeListener.Change<? extends ChatLine> change) {
        known.changed(change);
        if (rows.isEmpty()) {
            following = true;
            anchor = null;
        }
        requestLayout();
    }

    /** Page keys, Home and End also from a button in a turn; the arrows only when the list itself has the focus. */
    private void key(KeyEvent event) {
        boolean arrow = event.getCode() == javafx.scene.input.KeyCode.UP
                || event.getCode() == javafx.scene.input.KeyCode.DOWN;
        if (event.getTarget() instanceof javafx.scene.control.TextInputControl || arrow && event.getTarget() != this
                || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case PAGE_UP -> scrollBy(-viewport * 0.9);
            case PAGE_DOWN -> scrollBy(viewport * 0.9);
            case UP -> scrollBy(-STEP);
            case DOWN -> scrollBy(STEP);
            case HOME -> jumpTo(0);
            case END -> showEnd();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Shows the place {@code share} of the way down (the scroll bar's value), by the heights known or guessed. */
    private void jumpTo(double share) {
        if (rows.isEmpty()) {
            return;
        }
        if (share >= 1) {
            showEnd();
            return;
        }
        double wanted = Math.max(0, share) * Math.max(0, total - viewport);
        int row = known.rowAt(wanted);
        double before = known.start(row);
        following = false;
        top = row;
        anchor = rows.get(row);
        offset = wanted - before;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double above = snappedTopInset();
        double barWidth = snapSizeX(bar.prefWidth(-1));
        double w = snapSizeX(Math.max(0, getWidth() - left - snappedRightInset() - barWidth));
        viewport = Math.max(0, getHeight() - above - snappedBottomInset());
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (w != width) {
            width = w;
            known.forgetHeights();
        }
        bar.resizeRelocate(getWidth() - snappedRightInset() - barWidth, above, barWidth, viewport);
        placeholder.setVisible(rows.isEmpty());
        inView.clear();
        List<double[]> places = new ArrayList<>();
        if (rows.isEmpty()) {
            placeholder.resizeRelocate(left, above, w, placeholder.prefHeight(w));
        } else if (following || !fromAnchor(places)) {
            fromEnd(places);
        }
        for (int i = 0; i < inView.size(); i++) {
            double[] place = places.get(i);
            inView.get(i).resizeRelocate(left, above + place[0], w, place[1]);
        }
        detachOutOfView();
        anchor = rows.isEmpty() ? null : rows.get(top);
        updateBar();
    }

    /** Lays the turns out down from the anchor; false when they end above the bottom (the end is then shown). */
    private boolean fromAnchor(List<double[]> places) {
        int size = rows.size();
        if (anchor != null && (top >= size || rows.get(top) != anchor)) {
            int at = rows.indexOf(anchor);
            top = at >= 0 ? at : Math.min(top, size - 1);
        }
        top = Math.max(0, Math.min(top, size - 1));
        while (offset < 0 && top > 0) {
            top--;
            offset += height(top) + GAP;
        }
        offset = Math.max(0, offset);
        while (top < size - 1 && offset >= height(top) + GAP) {
            offset -= height(top) + GAP;
            top++;
        }
        double y = -offset;
        int row = top;
        for (; row < size && y < viewport; row++) {
            double h = height(row);
            place(row, y, h, places);
            y += h + GAP;
        }
        if (row == size && y - GAP < viewport) {
            following = true;
            inView.clear();
            places.clear();
            return false;
        }
        return true;
    }

    /** Lays the turns out up from the end; when they all fit they start at the top. */
    private void fromEnd(List<double[]> places) {
        double y = viewport;
        int row = rows.size() - 1;
        for (; row >= 0 && y > 0; row--) {
            double h = height(row);
            y -= h;
            place(row, y, h, places);
            y -= GAP;
        }
        Collections.reverse(inView);
        Collections.reverse(places);
        double first = y + GAP;
        boolean allFit = row < 0 && first > 0;
        if (allFit) {
            places.forEach(place -> place[0] -= first);
        }
        top = row + 1;
        offset = allFit ? 0 : -first; // below zero when the gap above the top turn shows
    }

    private void place(int row, double y, double h, List<double[]> places) {
        inView.add(attach(row));
        places.add(new double[] {y, h});
    }

    /** The row's height at the list's width: measured when it is in the scene, else as last measured. */
    private double height(int row) {
        double last = known.measured(row);
        if (!Double.isNaN(last) && known.node(row) == null) {
            return last;
        }
        Node node = attach(row);
        double measured = snapSizeY(Math.max(node.minHeight(width), Math.min(node.prefHeight(width),
                node.maxHeight(width))));
        known.setMeasured(row, measured);
        return measured;
    }

    /** The row's node, put in the scene if it is not there yet. */
    private Node attach(int row) {
        Node node = known.node(row);
        if (node != null) {
            return node;
        }
        node = nodeFor.apply(rows.get(row));
        known.setNode(row, node);
        if (node.getParent() != this) {
            getChildren().add(getChildren().size() - 1, node);
        }
        // Styled now, in the layout pass, so it is measured and drawn as it will look; only what
        // changed in it (a streaming reply's new words) is styled again.
        node.applyCss();
        return node;
    }

    /** Takes the turns out of view out of the scene; a row keeps its height for the scroll bar. */
    private void detachOutOfView() {
        Map<Node, Boolean> keep = new IdentityHashMap<>();
        inView.forEach(node -> keep.put(node, true));
        known.keepOnly(keep);
        List<Node> gone = new ArrayList<>();
        for (Node child : getChildren()) {
            if (child != bar && child != placeholder && !keep.containsKey(child)) {
                gone.add(child);
            }
        }
        if (!gone.isEmpty()) {
            getChildren().removeAll(gone);
        }
    }

    private void updateBar() {
        total = known.total();
        double before = rows.isEmpty() ? 0 : known.start(top);
        double range = total - viewport;
        adjusting = true;
        try {
            bar.setVisible(range > 0.5);
            // At least a thumb that can be seen and grabbed, however long the conversation.
            bar.setVisibleAmount(total <= 0 || viewport <= 0 ? 1 : Math.min(1, Math.max(viewport / total, MIN_THUMB / viewport)));
            bar.setUnitIncrement(range <= 0 ? 1 : STEP / range);
            bar.setBlockIncrement(range <= 0 ? 1 : viewport * 0.9 / range);
            bar.setValue(range <= 0 || following ? 1 : Math.min(1, Math.max(0, (before + offset) / range)));
        } finally {
            adjusting = false;
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}
