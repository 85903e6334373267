package org.pare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.pare.local.infra.PortInUseException;
import org.pare.local.infra.Ports;

class PareTest {

    @Test
    void an_unknown_flag_prints_the_usage_and_exits_with_2() {
        PrintStream err = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured));
        try {
            assertThat(Pare.run(new String[] {"up", "--unknown-flag"})).isEqualTo(2);
            assertThat(Pare.run(new String[] {})).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString()).contains("usage: ./pare up [--fresh] [--no-demo]");
    }

    @Test
    void a_port_in_use_is_named_in_one_line() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            int port = taken.getLocalPort();

            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    PortInUseException.class, () -> Ports.requireFree("Kafka", port));

            assertThat(refused.getMessage())
                    .startsWith("port " + port + " (Kafka) is already in use")
                    .doesNotContain("\n");
        }
    }
}
