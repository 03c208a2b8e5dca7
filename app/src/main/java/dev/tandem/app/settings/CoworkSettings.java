package dev.tandem.app.settings;

/**
 * What the partner may do on its own: propose memories from what the person writes (on by
 * default), accept them without asking (off unless the person turns it on), and write a weekly
 * review of each active goal (off by default).
 */
public record CoworkSettings(boolean extractMemories, boolean autoAcceptMemories, boolean weeklyReview) {

    public static CoworkSettings defaults() {
        return new CoworkSettings(true, false, false);
    }
}
