package dev.tandem.app.cowork;

import dev.tandem.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Run in a child JVM by {@link LocalAskTest}: the whole ask path over a local model file, through the CLI. */
public final class LocalAskProbe {

    private LocalAskProbe() {
    }

    public static void main(String[] args) {
        String data = args[1];
        run("--data-dir", data, "endpoint", "set", "--preset", "local", "--model", args[0]);
        run("--data-dir", data, "goal", "add", "Write a bedtime story", "--why", "for my daughter");
        run("--data-dir", data, "journal", "add", "The story should have a cat and a red ball.");
        run("--data-dir", data, "ask", "--show-context", "--max-tokens", "48", "Once upon a time there was a cat");
        run("--data-dir", data, "conversations");
        System.exit(0);
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        System.out.println("$ " + String.join(" ", args).replaceAll("--data-dir \\S+ ", "") + " -> " + code);
        System.out.println(out);
        System.out.println(err);
        System.out.flush();
    }
}
