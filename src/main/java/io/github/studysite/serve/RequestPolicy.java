package io.github.studysite.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests the preview answers. It shows drafts and private notes, so it must answer the person at this
 * machine's browser and no web page they happen to have open. Two attacks get past a loopback-only bind:
 * <ul>
 * <li><b>DNS rebinding</b>: a page of {@code evil.example} makes its own name resolve to 127.0.0.1 and then reads
 * the preview as same-origin. Its requests still say {@code Host: evil.example:PORT}, so only the preview's own
 * names are answered ({@code 127.0.0.1}, {@code localhost}, {@code [::1]} with its port), as Vite's
 * {@code server.allowedHosts} and webpack-dev-server's {@code allowedHosts} do; anything else is 421.</li>
 * <li><b>Cross-site script inclusion</b>: the search index and practice data are scripts (so that the published
 * site works from {@code file://}), and any page may {@code <script src>} a script of another origin and read what it
 * defines. Browsers say where a request comes from in Fetch Metadata: {@code Sec-Fetch-Site} is answered when it is
 * {@code same-origin} or {@code none} (typed, bookmarked); {@code same-site} (another port of 127.0.0.1) and
 * {@code cross-site} only for a top-level navigation ({@code Sec-Fetch-Mode: navigate}, {@code Sec-Fetch-Dest:
 * document}), which shows the page to the person and to no script of the linking page. That is the resource
 * isolation policy Vite and webpack-dev-server adopted for the same attack. A foreign {@code Origin} is refused
 * always. Browsers too old for Fetch Metadata (before 2020-2023) are refused when their {@code Referer} is foreign,
 * and are held off besides by {@code Cross-Origin-Resource-Policy: same-origin} on every response
 * ({@link PreviewHeaders}), which they have supported since 2019; a per-session token would add nothing for them.</li>
 * </ul>
 */
final class RequestPolicy {

    /** What to do with a request. */
    enum Verdict { ANSWER, WRONG_HOST, CROSS_SITE }

    private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final int port;

    RequestPolicy(int port) {
        this.port = port;
    }

    /** The addresses the preview answers to, for the refusal message. */
    String names() {
        return "http://127.0.0.1:" + port + "/ or http://localhost:" + port + "/";
    }

    Verdict check(RequestHead request) {
        if (!isOwn(authority(request))) {
            return Verdict.WRONG_HOST;
        }
        String origin = request.header("origin");
        if (origin != null && !isOwnOrigin(origin)) {
            return Verdict.CROSS_SITE;
        }
        String site = request.header("sec-fetch-site");
        if (site == null) {
            String referer = request.header("referer");
            return referer == null || isOwnOrigin(referer) ? Verdict.ANSWER : Verdict.CROSS_SITE;
        }
        return switch (site.toLowerCase(Locale.ROOT)) {
            case "same-origin", "none" -> Verdict.ANSWER;
            case "same-site", "cross-site" -> "navigate".equalsIgnoreCase(request.header("sec-fetch-mode"))
                    && "document".equalsIgnoreCase(request.header("sec-fetch-dest")) ? Verdict.ANSWER : Verdict.CROSS_SITE;
            default -> Verdict.CROSS_SITE;
        };
    }

    /** The authority of an absolute-form target (RFC 9112 3.2.2: it overrides Host), else the Host header. */
    private static String authority(RequestHead request) {
        String target = request.target();
        if (!target.startsWith("/")) {
            try {
                URI uri = new URI(target);
                return "http".equalsIgnoreCase(uri.getScheme()) ? uri.getRawAuthority() : null;
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
        return request.header("host");
    }

    private boolean isOwn(String authority) {
        if (authority == null) {
            return false;
        }
        String a = authority.toLowerCase(Locale.ROOT);
        int colon = a.lastIndexOf(':');
        if (colon < 0 || a.endsWith("]")) {
            return port == 80 && HOSTS.contains(a);
        }
        return HOSTS.contains(a.substring(0, colon)) && a.substring(colon + 1).equals(String.valueOf(port));
    }

    /** Whether an {@code Origin} or {@code Referer} is this preview (any path); {@code null} origins are not. */
    private boolean isOwnOrigin(String value) {
        try {
            URI uri = new URI(value);
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && isOwn(uri.getRawAuthority());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
