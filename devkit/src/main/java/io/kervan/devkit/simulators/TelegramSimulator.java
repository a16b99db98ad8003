package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Telegram's side of sign-in, on a local port: the Bot API's {@code getMe} ({@code /bot<token>/getMe}; a known token
 * answers its bot, any other gets Telegram's 401 "Unauthorized"), and what the login widget does in the shopper's
 * browser ({@link #signLogin}: the user's fields signed with a bot token).
 */
public final class TelegramSimulator implements AutoCloseable {

    /** A bot the simulator knows from the start, for the run command. */
    public static final String DEMO_BOT_TOKEN = "7000000001:AAKervanDemoBotTokenForTheTelegramSim01";
    public static final String DEMO_BOT_USERNAME = "kervan_demo_bot";

    private static final Pattern CALL = Pattern.compile("/bot([^/]+)/(\\w+)");

    private final Map<String, String> bots = new ConcurrentHashMap<>(Map.of(DEMO_BOT_TOKEN, DEMO_BOT_USERNAME));
    private volatile HttpServer server;

    private TelegramSimulator() {
        // the server is attached by start
    }

    /** On a free port. */
    public static TelegramSimulator start() {
        return start(0);
    }

    public static TelegramSimulator start(int port) {
        TelegramSimulator simulator = new TelegramSimulator();
        simulator.server = SimulatorHttp.serve(port, simulator::handle);
        return simulator;
    }

    /** Run by hand: {@code java -cp devkit/target/classes io.kervan.devkit.simulators.TelegramSimulator 12131}. */
    public static void main(String[] args) throws InterruptedException {
        TelegramSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : 12131);
        System.out.println("Telegram simulator: " + simulator.baseUrl() + " (bot token " + DEMO_BOT_TOKEN + ")");
        Thread.currentThread().join();
    }

    /** The Bot API's root, for an integration's endpoint. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes a bot token known, as @BotFather would. */
    public void addBot(String token, String username) {
        bots.put(token, username);
    }

    /**
     * The login widget's data for a user: {@code fields} (id, first_name, auth_date, …) and the hash Telegram puts
     * beside them, hex(HMAC-SHA256(key = SHA-256(bot token), fields but hash sorted by name as name=value lines)).
     */
    public static Map<String, String> signLogin(Map<String, String> fields, String botToken) {
        Map<String, String> sorted = new TreeMap<>(fields);
        sorted.remove("hash");
        String checked = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(botToken.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
            sorted.put("hash", HexFormat.of().formatHex(mac.doFinal(checked.getBytes(StandardCharsets.UTF_8))));
            return sorted;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher call = CALL.matcher(exchange.getRequestURI().getPath());
            if (!call.matches() || !call.group(2).equals("getMe")) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String token = call.group(1);
            String username = bots.get(token);
            if (username == null) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            respond(exchange, 200, "{\"ok\":true,\"result\":{\"id\":" + token.substring(0, token.indexOf(':'))
                    + ",\"is_bot\":true,\"first_name\":\"Kervan test bot\",\"username\":\"" + username + "\","
                    + "\"can_join_groups\":true,\"can_read_all_group_messages\":false,"
                    + "\"supports_inline_queries\":false}}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
