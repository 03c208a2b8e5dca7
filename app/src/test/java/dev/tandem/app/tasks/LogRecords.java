package dev.tandem.app.tasks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What is logged under a package while a test runs (the app logs through java.util.logging). */
final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger;
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogRecords(String name) {
        logger = Logger.getLogger(name);
        logger.addHandler(this);
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
