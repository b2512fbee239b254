package org.bawaba.portal.pages;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a form post that a browser says came from another origin: its {@code Origin} must be the portal's own, or,
 * without one, {@code Sec-Fetch-Site} must say {@code same-origin}. A request with neither is refused too: every
 * browser the portal supports sends at least one on a form post.
 */
@Provider
@SameOrigin
public class SameOriginFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!fromOwnPages(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                request.getUriInfo().getBaseUri())) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
        }
    }

    static boolean fromOwnPages(String origin, String fetchSite, URI base) {
        if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
            String own = base.getScheme() + "://" + base.getRawAuthority();
            return own.equalsIgnoreCase(origin.strip());
        }
        return "same-origin".equals(fetchSite);
    }
}
