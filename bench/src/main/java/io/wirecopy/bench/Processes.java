package io.wirecopy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Peak memory of processes, from Linux's {@code /proc} (VmHWM: the most resident memory the process ever had). */
final class Processes {

    private Processes() {
    }

    /** Peak resident bytes of a process, or -1 if it is gone. */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended
        }
        return -1;
    }

    /**
     * PostgreSQL's postmaster (its pid is the first line of {@code postmaster.pid}) and its largest
     * child. Children share the buffer pool, so their peaks are not added up.
     */
    static Map<String, Long> postgres(Path dataDir) throws IOException {
        Map<String, Long> peak = new LinkedHashMap<>();
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return peak;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        peak.put("postgres (postmaster)", peakRss(postmaster));
        long largest = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    List<String> status = Files.readAllLines(p.resolve("status"));
                    boolean child = status.stream().anyMatch(l -> l.startsWith("PPid:") && l.replaceAll("\\D", "")
                            .equals(String.valueOf(postmaster)));
                    if (child) {
                        largest = Math.max(largest, peakRss(Long.parseLong(p.getFileName().toString())));
                    }
                } catch (IOException gone) {
                    // ended while listed
                }
            }
        }
        peak.put("postgres (largest backend)", largest);
        return peak;
    }

    /** CPU time (user + system) a process has used so far, in seconds; 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            return statCpuSeconds(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** User + system seconds of a process's or a thread's {@code stat} line. */
    private static double statCpuSeconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3, utime 14 and stime 15 (proc(5)), in clock ticks of 1/100 s
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /**
     * CPU time (user + system) the JIT compiler's threads of a JVM have used so far, in seconds: the threads whose
     * name (as Linux keeps it, 15 characters) starts with "C1 Compiler" or "C2 Compiler"; 0 when it is gone. It is the
     * part of a process's CPU that a service running for days no longer spends.
     */
    static double jitCpuSeconds(long pid) {
        double total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        total += statCpuSeconds(stat);
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while listed
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return total;
    }

    /** CPU seconds of PostgreSQL: its postmaster and every backend under it. */
    static double postgresCpuSeconds(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        double total = cpuSeconds(postmaster);
        for (ProcessHandle child : ProcessHandle.of(postmaster).map(h -> h.descendants().toList()).orElse(List.of())) {
            total += cpuSeconds(child.pid());
        }
        return total;
    }
}
