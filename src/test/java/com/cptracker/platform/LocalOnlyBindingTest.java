package com.cptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.support.RawHttp;
import com.cptracker.users.UserService;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a person runs it on their own machine: its own embedded database, the demo data and no address
 * configured. It listens on 127.0.0.1 only, says so, and the demo accounts are there to sign in with.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cptracker.embedded-postgres.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // stops its embedded server before the data directory is removed
class LocalOnlyBindingTest {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("cptracker.embedded-postgres.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    UserService users;

    @Test
    void withTheEmbeddedDatabaseAndNoAddressItListensOnLoopbackOnlyAndSaysSo(CapturedOutput output) throws Exception {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        InetAddress address = ((AbstractProtocol<?>) connector.getProtocolHandler()).getAddress();
        assertThat(address).isEqualTo(InetAddress.getByName("127.0.0.1"));
        if (Files.isReadable(Path.of("/proc/net/tcp"))) {
            assertThat(listeningAddresses(port))
                    .as("the addresses the kernel has a socket listening on for the port")
                    .isNotEmpty()
                    .allMatch(InetAddress::isLoopbackAddress);
        }
        assertThat(RawHttp.get(port, "/login").status()).isEqualTo(200);
        assertThat(users.findByUsername("board"))
                .as("the demo accounts on the embedded database")
                .isPresent();
        assertThat(output).contains("Listening on 127.0.0.1 only", "SERVER_ADDRESS");
    }

    /**
     * The local addresses the kernel has a listening TCP socket on for this port, IPv4 and IPv6 (an IPv4-mapped IPv6
     * address comes back as IPv4). The tables print each 32-bit word of an address in the machine's byte order.
     */
    private static List<InetAddress> listeningAddresses(int port) throws IOException {
        String suffix = String.format(":%04X", port);
        List<InetAddress> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 3 && fields[1].endsWith(suffix) && fields[3].equals("0A")) {
                    found.add(address(fields[1].substring(0, fields[1].indexOf(':'))));
                }
            }
        }
        return found;
    }

    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int word = 0; word < bytes.length; word += 4) {
                for (int i = 0; i < 2; i++) {
                    byte b = bytes[word + i];
                    bytes[word + i] = bytes[word + 3 - i];
                    bytes[word + 3 - i] = b;
                }
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
