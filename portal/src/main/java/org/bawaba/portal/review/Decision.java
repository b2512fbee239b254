package org.bawaba.portal.review;

/** An operator's comment on an approval (optional) or a refusal (required): shown to the integrator. */
public record Decision(String comment) {
}
