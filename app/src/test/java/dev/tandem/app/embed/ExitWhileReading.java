package dev.tandem.app.embed;

import java.util.List;

/**
 * A process that exits while the built-in model is loading or reading texts (run by
 * {@link ModelExitTest}): one thread asks for search vectors, another for items' vectors, and the
 * process exits as Tandem's entry points do after the given number of milliseconds (or, given no
 * time, waits to be stopped by a signal).
 */
public final class ExitWhileReading {

    private ExitWhileReading() {
    }

    public static void main(String[] args) throws InterruptedException {
        BuiltInEmbedder model = new BuiltInEmbedder(BuiltInEmbedder.Model.BGE_SMALL);
        String item = "Long run: 28 km, left knee sore after km 20. ".repeat(20);
        start(() -> model.embedQuery("how is my knee after the long run?"));
        start(() -> model.embed(List.of(item, item)));
        if (args.length == 0) {
            Thread.sleep(Long.MAX_VALUE);
        }
        Thread.sleep(Long.parseLong(args[0]));
        System.out.println("exiting");
        dev.tandem.app.cli.Main.exit(0);
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    work.run();
                } catch (RuntimeException refused) {
                    // Refused once the process exits: nothing more to do.
                    return;
                }
            }
        }, "reader");
        thread.setDaemon(true);
        thread.start();
    }
}
