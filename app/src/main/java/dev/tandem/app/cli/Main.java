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
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import dev.tandem.app.host.Forwarder;
import dev.tandem.app.host.Host;
import picocli.CommandLine;

/** {@code tandem <command>}: runs one command and exits with its code. */
public final class Main {

    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    /**
     * Commands that run in the process started for them: those that never need the journal, and
     * {@code mcp}, whose session stays here and reaches the journal through its owner call by call.
     */
    private static final Set<String> ALWAYS_HERE = Set.of("eval", "help", "version", "mcp");

    public static void main(String[] args) {
        Path dataDirectory = DataPaths.forArguments(List.of(args));
        OptionalInt forwarded = forward(dataDirectory, args);
        if (forwarded.isPresent()) {
            exit(forwarded.getAsInt());
        }
        DataPaths.unpackNativeLibrariesInto(dataDirectory);
        exit(run(args));
    }

    /**
     * Ends the process with {@code code}, once the built-in meaning model has finished what it was
     * doing (its runtime's own clean-up at exit cannot have a thread inside it).
     */
    public static void exit(int code) {
        dev.tandem.app.embed.NativeCalls.stopBeforeExit();
        System.exit(code);
    }

    /**
     * One process owns a journal: when one listens for {@code dataDirectory} (the window, or {@code
     * tandem mcp}), the command runs there, on the journal it has open, with this terminal's streams.
     */
    private static OptionalInt forward(Path dataDirectory, String[] args) {
        String command = commandOf(args);
        if (command == null || ALWAYS_HERE.contains(command)) {
            return OptionalInt.empty();
        }
        Host.Request request = new Host.Request(Host.Request.CLI, List.of(args),
                Path.of("").toAbsolutePath().toString(), null);
        return Forwarder.run(dataDirectory, request, System.in, System.out, System.err);
    }

    /** The command's name: the first argument that is not an option of {@code tandem} itself. */
    static String commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            } else if (!args[i].startsWith("--data-dir=")) {
                return null; // --help, --version
            }
        }
        return null;
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
        return run(args, out, err, CommandContext.local());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, CommandContext context) {
        Logs.quietConsole();
        try (Workers workers = context.hosted() ? Workers.named("tandem-terminal", 2) : Workers.start()) {
            return run(args, out, err, workers, context);
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Workers workers, CommandContext context) {
        CommandLine commandLine = new CommandLine(new TandemCommand(workers, context))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(java.time.LocalDate.class, Converters::date)
                .registerConverter(Path.class, given -> context.cwd().resolve(given))
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
        HelpOptions.addTo(commandLine);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
