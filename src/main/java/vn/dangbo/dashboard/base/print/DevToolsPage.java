package vn.dangbo.dashboard.base.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page of a headless Chromium started for one job and stopped after it, driven over the DevTools protocol (a
 * WebSocket, with the JDK's own client): open an address, evaluate a script, print to PDF. The browser gets a profile
 * of its own in a temporary folder, deleted when the page is closed, and the flags that keep it off the network.
 */
final class DevToolsPage implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final Duration timeout;

    private DevToolsPage(Process process, Path profile, WebSocket socket, Duration timeout) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.timeout = timeout;
    }

    static DevToolsPage open(Path chromium, String language, Duration timeout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dangbo-print");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "--window-size=1920,1080", "--lang=" + language, "about:blank")
                .redirectErrorStream(true).start();
        try {
            int port = devToolsPort(process, timeout);
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString()).body();
            String page = null;
            for (JsonNode target : JSON.readTree(list)) {
                if ("page".equals(target.path("type").asString())) {
                    page = target.path("webSocketDebuggerUrl").asString();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("Chromium opened no page");
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(URI.create(page), listener)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            DevToolsPage opened = new DevToolsPage(process, profile, socket, timeout);
            listener.page = opened;
            return opened;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process, profile);
            throw e;
        } catch (Exception e) {
            stop(process, profile);
            throw new IOException("Chromium did not answer: " + e.getMessage(), e);
        }
    }

    /** Reads Chromium's output until it says where DevTools listen; the rest of its output is drained unread. */
    private static int devToolsPort(Process process, Duration timeout) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
                        return Integer.parseInt(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("Chromium stopped before DevTools listened");
        });
        try {
            return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("Chromium did not start: " + e.getMessage(), e);
        }
    }

    JsonNode send(String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true);
        try {
            JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new IOException(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(method + " did not answer in " + timeout.toSeconds() + " s", e);
        } finally {
            waiting.remove(id);
        }
    }

    /** Evaluates a script that may return a promise; returns its value. */
    JsonNode evaluate(String script) throws IOException {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", script, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("The page's script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    @Override
    public void close() {
        socket.abort();
        stop(process, profile);
    }

    private static void stop(Process process, Path profile) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed with the machine's temporary files
        }
    }

    /** Gathers each message's parts and hands the answer to the command waiting for it. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private volatile @Nullable DevToolsPage page;

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode reply = JSON.readTree(message.toString());
                message.setLength(0);
                if (reply.has("id") && page != null) {
                    CompletableFuture<JsonNode> answer = page.waiting.get(reply.get("id").asInt());
                    if (answer != null) {
                        answer.complete(reply);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

}
