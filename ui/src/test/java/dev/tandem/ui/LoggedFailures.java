package dev.tandem.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The failures background tasks log while a test runs (at INFO with their message, or SEVERE with the trace). */
public final class LoggedFailures extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.tandem.app.tasks.BackgroundTask");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public LoggedFailures() {
        logger.addHandler(this);
    }

    /** Each logged failure as one line: "reading the timeline failed: ...". */
    public List<String> lines() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .map(r -> r.getParameters() == null ? r.getMessage()
                        : java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
