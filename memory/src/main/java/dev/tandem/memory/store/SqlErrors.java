package dev.tandem.memory.store;

import dev.tandem.memory.TandemException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into messages a person can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static TandemException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        String message = switch (primary) {
            case 13 -> "The disk is full, so this was not saved. Everything saved before is intact; "
                    + "free some space and try again.";
            case 5, 6 -> "The journal is busy (another program is writing to it). Try again in a moment.";
            case 8 -> "The journal is read-only here. Check the permissions of the data directory.";
            case 10 -> "The journal could not be read or written (an input/output error). "
                    + "Check the disk; nothing saved before was changed.";
            case 11, 26 -> "The journal file is damaged or is not a Tandem journal. Restore it from a backup.";
            case 19 -> constraintMessage(e.getMessage());
            default -> "The journal could not be saved: " + firstLine(e.getMessage());
        };
        return new TandemException(message, e);
    }

    private static String constraintMessage(String detail) {
        String text = detail == null ? "" : detail;
        if (text.contains("FOREIGN KEY")) {
            return "That refers to something that does not exist (a project, goal or conversation id).";
        }
        if (text.contains("UNIQUE")) {
            return "That already exists.";
        }
        return "That was not saved because it is not valid: " + firstLine(text);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
