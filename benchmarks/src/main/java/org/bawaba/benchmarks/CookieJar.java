package org.bawaba.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser's cookies for one host. Keycloak marks its cookies Secure even on {@code http://localhost}, where the
 * JDK's cookie handler would drop them: the load programs keep them here. One host only, so a cookie is sent wherever
 * its path matches.
 */
public final class CookieJar {

    /** Cookie name and path, then its name, value and path. */
    private final Map<String, String[]> cookies = new HashMap<>();

    /** Adds the matching cookies to a request for {@code path}. */
    public HttpRequest.Builder addTo(HttpRequest.Builder request, String path) {
        String header = cookiesFor(path);
        if (!header.isEmpty()) {
            request.header("Cookie", header);
        }
        return request;
    }

    /** Keeps what a response set, and forgets what it expired. */
    public void keepFrom(HttpResponse<?> response) {
        response.headers().allValues("Set-Cookie").forEach(this::keep);
    }

    /** {@code name=value; Path=/realms/eid/; ...}: kept by name and path, dropped when expired. */
    private void keep(String setCookie) {
        String[] attributes = setCookie.split(";");
        String[] pair = attributes[0].split("=", 2);
        if (pair.length < 2 || pair[0].isBlank()) {
            return;
        }
        String path = "/";
        boolean expired = pair[1].isBlank();
        for (String attribute : attributes) {
            String[] nameValue = attribute.trim().split("=", 2);
            if (nameValue[0].equalsIgnoreCase("path") && nameValue.length == 2) {
                path = nameValue[1];
            } else if (nameValue[0].equalsIgnoreCase("max-age") && nameValue.length == 2) {
                expired |= nameValue[1].trim().equals("0");
            }
        }
        String key = pair[0].trim() + " " + path;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new String[] {pair[0].trim(), pair[1].trim(), path});
        }
    }

    private String cookiesFor(String path) {
        List<String> sent = new ArrayList<>();
        for (String[] cookie : cookies.values()) {
            String prefix = cookie[2].endsWith("/") ? cookie[2] : cookie[2] + "/";
            if (path.equals(cookie[2]) || path.startsWith(prefix)) {
                sent.add(cookie[0] + "=" + cookie[1]);
            }
        }
        return String.join("; ", sent);
    }
}
