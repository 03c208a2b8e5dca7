package dev.tandem.app.cowork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the markers ([M3], or [M3, M5]) in a reply and resolves them against what the partner was given. */
final class Citations {

    private static final Pattern GROUP = Pattern.compile("\\[(M\\d+(?:\\s*,\\s*M\\d+)*)\\]");

    private Citations() {
    }

    static List<Citation> resolve(String reply, List<ContextItem> given) {
        Map<String, String> sources = given.stream().filter(i -> i.marker() != null)
                .collect(Collectors.toMap(ContextItem::marker, ContextItem::source, (a, b) -> a));
        Set<String> markers = new LinkedHashSet<>();
        Matcher group = GROUP.matcher(reply);
        while (group.find()) {
            for (String marker : group.group(1).split("\\s*,\\s*")) {
                markers.add(marker.strip());
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (String marker : markers) {
            citations.add(new Citation(marker, sources.get(marker)));
        }
        return citations;
    }
}
