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
    private final java.util.function.BiConsumer<Double, javafx.geometry.Insets> cellSize;

    /** {@code cellSize} is told the width and padding a turn will have in the list, so the reply is laid out once. */
    ChatStage(ListView<ChatLine> turns, ScrollPane live, java.util.function.BiConsumer<Double, javafx.geometry.Insets> cellSize) {
        this.turns = turns;
        this.live = live;
        this.cellSize = cellSize;
        getChildren().addAll(turns, live);
        live.visibleProperty().addListener((o, was, now) -> {
            double before = turns.getHeight();
            requestLayout();
            if (now && getScene() != null) {
                // The turns give up the lower part of the area: move them up by as much, so the message just
                // sent stays in view above the reply (by pixels: the cells there are already laid out).
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    getScene().removePostLayoutPulseListener(once[0]);
                    if (turns.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                            && before > turns.getHeight()) {
                        flow.scrollPixels(before - turns.getHeight());
                    }
                };
                getScene().addPostLayoutPulseListener(once[0]);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        if (!live.isVisible()) {
            turns.resizeRelocate(x, y, width, height);
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
