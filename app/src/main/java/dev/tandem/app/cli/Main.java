package dev.tandem.app.cli;

import dev.tandem.app.Logs;
import dev.tandem.app.settings.DataPaths;
import dev.tandem.app.tasks.Workers;
import dev.tandem.memory.TandemException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code tandem <command>}: runs one command and exits with its code. */
public final class Main {

    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        DataPaths.unpackNativeLibrariesInto(DataPaths.forArguments(java.util.List.of(args)));
        int code = run(args);
        System.exit(code);
    }

    /** Runs the command line on the process's standard output and error, in UTF-8. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logs.quietConsole();
        try (Workers workers = Workers.start()) {
            return run(args, out, err, workers);
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Workers workers) {
        CommandLine commandLine = new CommandLine(new TandemCommand(workers))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(java.time.LocalDate.class, Converters::date)
                .setParameterExceptionHandler((e, ignored) -> {
                    err.println("tandem: " + e.getMessage());
                    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    return 2;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof TandemException) {
                        err.println("tandem: " + e.getMessage());
                        return 1;
                    }
                    LOG.log(Level.ERROR, "unexpected failure of " + command.getCommandSpec().qualifiedName(), e);
                    err.println("tandem: unexpected error (" + e.getClass().getSimpleName()
                            + "); the details are in the log in the data directory.");
                    return 3;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
