package dev.tandem.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this JVM against one data directory and keeps what it printed. */
final class Cli {

    record Result(int code, String out, String err) {
    }

    private final Path dataDir;

    Cli(Path dataDir) {
        this.dataDir = dataDir;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns its standard output. */
    String ok(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError("exit " + result.code() + " for " + String.join(" ", args) + ": " + result.err());
        }
        return result.out();
    }
}
