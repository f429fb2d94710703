package com.example.preview;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class PreviewController {
    private static final Set<String> ALLOWED_HOSTS = Set.of("images.example.com", "cdn.example.com");
    private static final Map<String, String> BACKENDS = Map.of("eu", "https://eu.api.example.com", "us", "https://us.api.example.com");
    private final RestTemplate restTemplate = new RestTemplate();
    private final HttpClient httpClient = HttpClient.newHttpClient();
    private CloseableHttpClient apacheClient;

    @GetMapping("/preview")
    public String preview(@RequestParam String url) {
        // ruleid: java-ssrf
        return restTemplate.getForObject(url, String.class);
    }

    @GetMapping("/fetch")
    public byte[] fetch(HttpServletRequest request) throws Exception {
        // ruleid: java-ssrf
        HttpURLConnection conn = (HttpURLConnection) new URL(request.getParameter("src")).openConnection();
        try (InputStream in = conn.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @GetMapping("/proxy")
    public String proxy(@RequestParam("target") String target) throws Exception {
        // ruleid: java-ssrf
        URI uri = URI.create(target);
        HttpRequest req = HttpRequest.newBuilder(uri).GET().build();
        return httpClient.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    @GetMapping("/proxy2")
    public String proxyChained(@RequestParam("target") String target) throws Exception {
        // todoruleid: java-ssrf
        HttpRequest req = HttpRequest.newBuilder(URI.create(target)).GET().build();
        return httpClient.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String title(HttpServletRequest request) throws Exception {
        // ruleid: java-ssrf
        Document doc = Jsoup.connect("http://" + request.getHeader("X-Origin-Host") + "/index.html").get();
        return doc.title();
    }

    public int status(HttpServletRequest request) throws Exception {
        // ruleid: java-ssrf
        HttpGet get = new HttpGet(request.getParameter("healthUrl"));
        return apacheClient.execute(get).getStatusLine().getStatusCode();
    }

    @GetMapping("/users/{id}")
    public String user(@PathVariable String id) {
        // ok: java-ssrf
        return restTemplate.getForObject("https://api.example.com/users/{id}", String.class, id);
    }

    @GetMapping("/region")
    public String region(@RequestParam String region) {
        String base = BACKENDS.getOrDefault(region, "https://eu.api.example.com");
        // ok: java-ssrf
        return restTemplate.getForObject(base + "/status", String.class);
    }

    @GetMapping("/image")
    public byte[] image(@RequestParam String url) throws Exception {
        // ok: java-ssrf
        URL parsed = new URL(url);
        if (!"https".equals(parsed.getProtocol()) || !ALLOWED_HOSTS.contains(parsed.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        try (InputStream in = parsed.openStream()) {
            return in.readAllBytes();
        }
    }

    public String validate(HttpServletRequest request) throws Exception {
        // ok: java-ssrf
        URI uri = new URI(request.getParameter("link"));
        return uri.isAbsolute() ? "absolute" : "relative";
    }

    @GetMapping("/indirect")
    public String indirect(HttpServletRequest request) {
        String target = request.getParameter("url");
        // todoruleid: java-ssrf
        return restTemplate.getForObject(target, String.class);
    }
}
