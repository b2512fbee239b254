package org.bawaba.face;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log line written under {@code org.bawaba.face}, parameters included, while open (JBoss Logging goes to JUL). */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("org.bawaba.face");
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
        Object[] parameters = record.getParameters();
        String message = record.getMessage();
        if (parameters != null) {
            message = message + " " + java.util.Arrays.deepToString(parameters);
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
