package dev.tandem.app.cli;

import dev.tandem.app.RecallFactory;
import dev.tandem.app.Tandem;
import dev.tandem.app.mcp.Connections;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a command runs: in its own process (the journal opened for it), or in the process that owns
 * the journal, for a terminal beside it ({@code hosted}): then the journal, recall and connections
 * are the owner's, and the input, working folder and output are the terminal's.
 */
record CommandContext(InputStream in, OutputStream rawOut, Path cwd, Tandem journal, RecallFactory recall,
                      Connections connections) {

    static CommandContext local() {
        return new CommandContext(System.in, new FileOutputStream(FileDescriptor.out), Path.of("").toAbsolutePath(),
                null, null, null);
    }

    boolean hosted() {
        return journal != null;
    }
}
