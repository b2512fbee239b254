package org.bawaba.portal.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * A page's form post, accepted only from the portal's own pages ({@link SameOriginFilter}): with the session cookie
 * sent only to same-site requests (SameSite=Lax), a page of another site cannot make a signed-in person's browser
 * approve, refuse or submit anything.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SameOrigin {
}
