package io.github.studysite.serve;

import java.util.List;
import java.util.Map;

/**
 * The headers on every response of the preview, errors included. The content security policy allows what the
 * built site uses: its own scripts, styles and fonts, the live-reload event stream ({@code connect-src 'self'}), and
 * images and media from anywhere, as the published notes may show them. No inline script or style, no plugins, no
 * framing by any page (clickjacking a preview of private notes), no referrer leaving for the sites notes link to,
 * nothing cached, and no other origin may embed a response ({@code Cross-Origin-Resource-Policy}) or keep a handle
 * on a preview window it opened ({@code Cross-Origin-Opener-Policy}).
 */
final class PreviewHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: http: https:",
            "media-src 'self' http: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final List<Map.Entry<String, String>> ALL = List.of(
            Map.entry("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("Referrer-Policy", "no-referrer"),
            Map.entry("Cross-Origin-Resource-Policy", "same-origin"),
            Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
            Map.entry("Cache-Control", "no-store"));

    private PreviewHeaders() {
    }
}
