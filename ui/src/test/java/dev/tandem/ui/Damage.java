package dev.tandem.ui;

import dev.tandem.app.Tandem;

/** Real damage to an open journal, for the failure paths of the window's reads. */
public final class Damage {

    private Damage() {
    }

    /** Takes an (empty) table away, as a damaged journal file would. */
    public static void takeAway(Tandem tandem, String table) {
        tandem.store().database().write(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + table);
            }
            return null;
        });
    }
}
