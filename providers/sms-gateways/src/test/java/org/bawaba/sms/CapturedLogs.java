package org.bawaba.sms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log line written under {@code org.bawaba.sms} while open (JBoss Logging goes to JUL in tests). */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("org.bawaba.sms");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous;

    public CapturedLogs() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (parameters != null && parameters.length > 0) {
            message = message + " " + java.util.Arrays.toString(parameters);
        }
        lines.add(record.getLevel() + " " + message);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
