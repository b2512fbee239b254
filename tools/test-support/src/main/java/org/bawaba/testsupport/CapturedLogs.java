package org.bawaba.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log line written under a logger name while open, as {@code LEVEL message [parameters]}. JBoss Logging must
 * write to java.util.logging: surefire's {@code org.jboss.logging.provider=jdk}.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous;

    /** @param loggerName e.g. {@code org.bawaba.sms}: that logger and those below it */
    public CapturedLogs(String loggerName) {
        logger = Logger.getLogger(loggerName);
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
            message = message + " " + Arrays.deepToString(parameters);
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
