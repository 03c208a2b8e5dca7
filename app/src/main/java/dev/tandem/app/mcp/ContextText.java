package dev.tandem.app.mcp;

import java.util.List;
import java.util.Map;

/** The journal as text a client puts in front of its own prompt: goals and memories, each with its link. */
final class ContextText {

    private ContextText() {
    }

    static String goals(List<Map<String, Object>> goals) {
        StringBuilder text = new StringBuilder("# The person's active goals\n");
        if (goals.isEmpty()) {
            text.append("\n(none yet)\n");
        }
        for (Map<String, Object> goal : goals) {
            text.append("\n- ").append(goal.get("title"));
            if (goal.get("target") != null) {
                text.append(" (by ").append(goal.get("target")).append(')');
            }
            text.append(" <").append(goal.get("link")).append('>');
            if (goal.get("why") instanceof String why && !why.isBlank()) {
                text.append("\n  Why: ").append(why.strip());
            }
            if (goal.get("recent_progress") instanceof List<?> progress && !progress.isEmpty()) {
                text.append("\n  Recent progress:");
                for (Object step : progress) {
                    Map<?, ?> entry = (Map<?, ?>) step;
                    text.append("\n  - ").append(entry.get("date")).append(": ")
                            .append(firstLine(String.valueOf(entry.get("text"))));
                }
            }
        }
        return text.append('\n').toString();
    }

    static String memories(String heading, List<Map<String, Object>> items) {
        StringBuilder text = new StringBuilder("# ").append(heading).append('\n');
        if (items.isEmpty()) {
            text.append("\n(none)\n");
        }
        for (Map<String, Object> item : items) {
            text.append("\n- ").append(item.get("date")).append(' ').append(item.get("kind"));
            if (item.get("title") instanceof String title && !title.isBlank()) {
                text.append(" \"").append(title).append('"');
            }
            text.append(" <").append(item.get("link")).append(">: ")
                    .append(String.valueOf(item.get("text")).strip().replace("\n", " "));
        }
        return text.append('\n').toString();
    }

    static String context(String goals, String memories) {
        return "What follows comes from the person's journal in Tandem: their goals and what they wrote before "
                + "that matters now. Use it to help them toward their goals; cite an item by its link when you rely "
                + "on it.\n\n" + goals + "\n" + memories;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + " …" : line;
    }
}
