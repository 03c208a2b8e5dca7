package dev.tandem.ui.chat;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Lays out the finished turns and, while a reply streams in, the reply's own pane beneath them.
 * A short conversation keeps its height and the reply starts right under it; a long one gives up
 * the lower part of the area, once, so the list is not resized as the reply grows.
 */
final class ChatStage extends Region {

    /** The share of the height a long conversation keeps while a reply streams in. */
    private static final double TURNS_SHARE = 0.4;
    private static final double GAP = 6;

    private final ListView<ChatLine> turns;
    private final ScrollPane live;
    private final javafx.beans.value.ObservableBooleanValue showing;
    private final java.util.function.BiConsumer<Double, javafx.geometry.Insets> cellSize;

    /** {@code cellSize} is told the width and padding a turn will have in the list, so the reply is laid out once. */
    ChatStage(ListView<ChatLine> turns, ScrollPane live, javafx.beans.value.ObservableBooleanValue showing,
              java.util.function.BiConsumer<Double, javafx.geometry.Insets> cellSize) {
        this.turns = turns;
        this.live = live;
        this.showing = showing;
        this.cellSize = cellSize;
        getChildren().addAll(turns, live);
        showing.addListener((o, was, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        if (!showing.get()) {
            turns.resizeRelocate(x, y, width, height);
            live.resizeRelocate(x, y + height, width, 0);
            return;
        }
        cellSize.accept(width - turns.snappedLeftInset() - turns.snappedRightInset() - scrollBarWidth(), cellPadding());
        double shown = Math.min(turnsHeight(), Math.floor(height * TURNS_SHARE));
        turns.resizeRelocate(x, y, width, shown);
        double below = shown + (shown > 0 ? GAP : 0);
        live.resizeRelocate(x, y + below, width, Math.max(0, height - below));
    }

    /** The height of all the finished turns when they are few enough to be all on screen, else infinity. */
    private double turnsHeight() {
        int count = turns.getItems().size();
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        java.util.BitSet seen = new java.util.BitSet(count);
        for (javafx.scene.Node node : turns.lookupAll(".list-cell")) {
            if (node instanceof IndexedCell<?> cell && node.isVisible() && !cell.isEmpty()
                    && cell.getIndex() >= 0 && cell.getIndex() < count && !seen.get(cell.getIndex())) {
                seen.set(cell.getIndex());
                sum += cell.getHeight();
            }
        }
        return seen.cardinality() == count ? sum + turns.snappedTopInset() + turns.snappedBottomInset()
                : Double.POSITIVE_INFINITY;
    }

    /** The list's vertical scroll bar, which a conversation with a long reply will show. */
    private double scrollBarWidth() {
        for (javafx.scene.Node node : turns.lookupAll(".scroll-bar")) {
            if (node instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                return bar.prefWidth(-1);
            }
        }
        return 0;
    }

    private javafx.geometry.Insets cellPadding() {
        for (javafx.scene.Node node : turns.lookupAll(".list-cell")) {
            if (node instanceof IndexedCell<?> cell) {
                return cell.getInsets();
            }
        }
        return javafx.geometry.Insets.EMPTY;
    }

    @Override
    protected double computePrefHeight(double width) {
        return turns.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
