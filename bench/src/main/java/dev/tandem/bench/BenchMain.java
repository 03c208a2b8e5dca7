package dev.tandem.bench;

import dev.tandem.app.Logs;
import dev.tandem.bench.desktop.DesktopBenchmark;
import dev.tandem.memory.TandemException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tandem bench <benchmark>}: measures Tandem on this machine with synthetic data, from a checkout. */
@Command(name = "tandem bench", mixinStandardHelpOptions = true,
        description = "Measure Tandem on this machine with synthetic data.",
        subcommands = {MeasureCommands.StoreBench.class, MeasureCommands.RecallBench.class,
                MeasureCommands.MeaningBench.class, MeasureCommands.SseBench.class, MeasureCommands.PrepareBench.class,
                MeasureCommands.IngestBench.class, MeasureCommands.WatchBench.class, MeasureCommands.DevicesBench.class, MeasureCommands.McpBench.class,
                DesktopBenchmark.class})
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logs.quietConsole();
        int code = new CommandLine(new BenchMain())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof TandemException) {
                        err.println("tandem bench: " + e.getMessage());
                        return 1;
                    }
                    System.getLogger(BenchMain.class.getName()).log(System.Logger.Level.ERROR,
                            command.getCommandSpec().qualifiedName() + " failed", e);
                    return 3;
                })
                .execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
