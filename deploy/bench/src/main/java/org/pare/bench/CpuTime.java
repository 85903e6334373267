package org.pare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time spent by one process, or by a PostgreSQL server with all its backends, read from Linux's /proc. Unlike
 * throughput, CPU time per operation hardly changes when other work shares the machine, so it says where an
 * operation's cost lies even on a busy box.
 */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private CpuTime() {}

    /** Seconds of CPU (user + system) the process has used so far. */
    static double ofProcess(long pid) {
        long[] fields = stat(pid);
        return fields == null ? 0 : (fields[11] + fields[12]) / TICKS_PER_SECOND;
    }

    /**
     * Seconds of CPU used by the PostgreSQL server {@code db} talks to: its postmaster, the children it has
     * waited for, and every live child (backends, WAL writer, checkpointer...).
     */
    static double ofPostgres(long postmaster) throws IOException {
        long[] server = stat(postmaster);
        if (server == null) {
            return 0;
        }
        long ticks = server[11] + server[12] + server[13] + server[14];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    long[] child = stat(Long.parseLong(name));
                    if (child != null && child[1] == postmaster) {
                        ticks += child[11] + child[12];
                    }
                }
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /**
     * Seconds of CPU each group of the process's live threads has used so far, grouped by thread name with its
     * numbers taken out ({@code default-nioEventLoopGroup-1-3} and {@code -1-4} are one group). The kernel keeps only
     * the first 15 characters of a thread's name.
     */
    static Map<String, Double> ofThreads(long pid) throws IOException {
        Map<String, Double> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String line = statLine(task.resolve("stat"));
                long[] fields = line == null ? null : fields(line);
                if (fields != null) { // null: the thread ended while we read
                    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                    groups.merge(
                            name.replaceAll("[-#]?\\d+", ""),
                            (fields[11] + fields[12]) / TICKS_PER_SECOND,
                            Double::sum);
                }
            }
        }
        return groups;
    }

    /** The postmaster's pid: the parent of the backend serving one of {@code db}'s connections. */
    static long postmasterOf(DataSource db) throws SQLException {
        try (Connection c = db.getConnection()) {
            return postmasterOf(c);
        }
    }

    /** The postmaster's pid: the parent of the backend serving {@code connection}. */
    static long postmasterOf(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            long[] backend = stat(rows.getLong(1));
            if (backend == null) {
                throw new IllegalStateException("PostgreSQL does not run on this machine; cannot read its CPU time");
            }
            return backend[1];
        }
    }

    /** The numeric fields of /proc/pid/stat after the command name: [1] ppid, [11] utime, [12] stime, [13..14] waited-for children. */
    private static long[] stat(long pid) {
        String line = statLine(Path.of("/proc", Long.toString(pid), "stat"));
        return line == null ? null : fields(line);
    }

    /** A process's or thread's stat line; null when it has ended. */
    private static String statLine(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return null;
        }
    }

    /** The numeric fields of a stat line after the command name (see {@link #stat}); null when it cannot be read. */
    private static long[] fields(String line) {
        try {
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long[] fields = new long[15];
            for (int i = 1; i < fields.length; i++) {
                fields[i] = Long.parseLong(rest[i]);
            }
            return fields;
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
