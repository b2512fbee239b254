// keycloak.v2 (Keycloak 26.7) shows the name being signed in as a read-only field, #kc-attempted-username, on the
// pages that follow the username (code, temporary password...), but its label points at #username, which those
// pages do not have: screen readers announce an unlabelled field. Point the label at the field actually shown.
document.addEventListener("DOMContentLoaded", function () {
    var shown = document.getElementById("kc-attempted-username");
    var label = document.querySelector('label[for="username"]');
    if (shown && label && !document.getElementById("username")) {
        label.htmlFor = "kc-attempted-username";
        if (!label.id) {
            label.id = "kc-attempted-username-label";
        }
        shown.setAttribute("aria-labelledby", label.id);
    }
});
