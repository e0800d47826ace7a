// Starts Neo4j Community (embedded) with Bolt on a loopback port, a given home directory and auth enabled with
// a known password, prints one ready line, and stops when its standard input closes (so it dies with its parent).
// Built by scripts/neo4j/setup.sh; started by tests/support/neo4jServer.ts and scripts/bench/neo4j.ts.
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class NewsgraphNeo4jServer {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failure) {
            // Neo4j's own threads would keep the JVM alive without a ready line: say why and exit.
            System.out.println("NEO4J_FAILED " + failure);
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(options, "port"));
        String password = require(options, "password");
        Path importDir = Path.of(options.getOrDefault("import", home.resolve("import").toString())).toAbsolutePath();
        long pageCacheMb = Long.parseLong(options.getOrDefault("pagecache-mb", "256"));
        Files.createDirectories(importDir);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Extra Neo4j settings (neo4j.conf syntax) for tuning runs; the ones below always win.
        if (options.containsKey("settings")) builder.loadPropertiesFromFile(Path.of(options.get("settings")));
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Auth on, so that a wrong password is something the tests can see.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV reads file:/// URLs from here (the CSV export is tested that way).
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        // The first start creates user neo4j with password "neo4j" that must be changed; set ours instead. A restart
        // on the same home skips it (a marker holds the password's hash): the first Cypher query of a cold JVM is slow.
        Path marker = home.resolve("newsgraph-password.sha256");
        String hash = sha256(password);
        if (!Files.exists(marker) || !Files.readString(marker).equals(hash)) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            } catch (RuntimeException failure) {
                if (!String.valueOf(failure.getMessage()).contains("cannot be the same")) throw failure;
            }
            Files.writeString(marker, hash);
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Wait for the parent to close our stdin (or die).
        }
        System.exit(0);
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) hex.append(String.format("%02x", b));
        return hex.toString();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("usage: NewsgraphNeo4jServer --home DIR --port N --password PW [--import DIR] [--pagecache-mb N] [--settings FILE]");
            System.exit(2);
        }
        return value;
    }
}
