package dev.tandem.ui.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;

/**
 * What {@link TurnList} knows of each turn: its node while it is in the scene, and its height at
 * the list's width when it was last measured. Positions in the whole conversation (for the scroll
 * bar) count a turn never measured with the average of those that were.
 */
final class TurnRows {

    private static final double FIRST_GUESS = 80;

    private final double gap;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Double> heights = new ArrayList<>();

    TurnRows(int size, double gap) {
        this.gap = gap;
        nodes.addAll(Collections.nCopies(size, null));
        heights.addAll(Collections.nCopies(size, Double.NaN));
    }

    /** Keeps step with a change of the list's turns: a turn added or replaced is not known yet. */
    void changed(ListChangeListener.Change<?> change) {
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated()) {
                for (int i = from; i < change.getTo(); i++) {
                    nodes.set(i, null);
                    heights.set(i, Double.NaN);
                }
                continue;
            }
            nodes.subList(from, from + change.getRemovedSize()).clear();
            heights.subList(from, from + change.getRemovedSize()).clear();
            nodes.addAll(from, Collections.nCopies(change.getAddedSize(), null));
            heights.addAll(from, Collections.nCopies(change.getAddedSize(), Double.NaN));
        }
    }

    /** The turn's node while it is in the scene, else null. */
    Node node(int row) {
        return nodes.get(row);
    }

    void setNode(int row, Node node) {
        nodes.set(row, node);
    }

    /** Forgets the nodes that are not in {@code kept} (they left the scene). */
    void keepOnly(Map<Node, Boolean> kept) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) != null && !kept.containsKey(nodes.get(i))) {
                nodes.set(i, null);
            }
        }
    }

    /** The height last measured, or NaN. */
    double measured(int row) {
        return heights.get(row);
    }

    void setMeasured(int row, double height) {
        heights.set(row, height);
    }

    /** The list's width changed: every height must be measured again. */
    void forgetHeights() {
        Collections.fill(heights, Double.NaN);
    }

    /** Where the turn starts, from the top of the conversation. */
    double start(int row) {
        double guess = average();
        double y = 0;
        for (int i = 0; i < row; i++) {
            y += height(i, guess) + gap;
        }
        return y;
    }

    /** The height of the whole conversation. */
    double total() {
        return nodes.isEmpty() ? 0 : start(nodes.size()) - gap;
    }

    /** The turn at {@code y} from the top of the conversation (the last one below its end). */
    int rowAt(double y) {
        double guess = average();
        double start = 0;
        int row = 0;
        while (row < nodes.size() - 1 && start + height(row, guess) + gap <= y) {
            start += height(row, guess) + gap;
            row++;
        }
        return row;
    }

    private double height(int row, double guess) {
        double known = heights.get(row);
        return Double.isNaN(known) ? guess : known;
    }

    private double average() {
        double sum = 0;
        int count = 0;
        for (double h : heights) {
            if (!Double.isNaN(h)) {
                sum += h;
                count++;
            }
        }
        return count == 0 ? FIRST_GUESS : sum / count;
    }
}
