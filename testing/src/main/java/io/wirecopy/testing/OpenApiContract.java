package io.wirecopy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * The API a running service describes (its {@code /q/openapi} as YAML) against the contract committed for it in
 * {@code docs/openapi/<service>.yaml}: a change to a route, a parameter or a response shape fails until the contract
 * file says it too. To take a deliberate change, run with {@code -Dwirecopy.contract.write=true}: the file is
 * written and the check fails, so the diff is read before it is pinned.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** Checks {@code served} against {@code docs/openapi/<service>.yaml} (a test runs in its module's directory). */
    public static void assertCommitted(String service, String served) throws IOException {
        Path committed = Path.of("..", "docs", "openapi", service + ".yaml");
        if (Boolean.getBoolean("wirecopy.contract.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served);
            throw new AssertionError("wrote " + committed.toAbsolutePath().normalize() + ": read the diff, then run again");
        }
        String contract = Files.readString(committed);
        if (!served.equals(contract)) {
            throw new AssertionFailedError("the running " + service + "-service's /q/openapi is not " + committed.normalize(),
                    contract, served);
        }
    }
}
