package io.wirecopy.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** This machine: free ports, scratch directories. */
final class Local {

    private Local() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Deletes a directory and everything under it, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Bytes of all files under a directory (a file RocksDB compacts away while they are counted counts 0). */
    static long bytes(Path dir) throws IOException {
        long total = 0;
        for (int attempt = 0; ; attempt++) {
            try (Stream<Path> files = Files.walk(dir)) {
                total = files.mapToLong(p -> p.toFile().isFile() ? p.toFile().length() : 0).sum();
                return total;
            } catch (java.io.UncheckedIOException e) {
                if (attempt >= 5 || !(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
                // a directory listed a moment ago is gone: walk again
            }
        }
    }
}
