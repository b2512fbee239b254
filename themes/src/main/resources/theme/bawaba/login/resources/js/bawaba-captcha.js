// The robot check (bawaba-captcha.ftl): the ALTCHA widget changes its label's text as it works ("Verifying…",
// "Verified", an error), which screen readers do not announce. Say it again in the group's status region, with the
// widget's own (localized) strings.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bawaba-captcha").forEach(function (group) {
        var widget = group.querySelector("altcha-widget");
        var status = group.querySelector(".bawaba-captcha__status");
        if (!widget || !status) {
            return;
        }
        var strings = {};
        try {
            strings = JSON.parse(widget.getAttribute("strings") || "{}");
        } catch (e) {
            return;
        }
        widget.addEventListener("statechange", function (event) {
            var state = event.detail && event.detail.state;
            status.textContent = (state && state !== "unverified" && strings[state]) || "";
        });
    });
});
