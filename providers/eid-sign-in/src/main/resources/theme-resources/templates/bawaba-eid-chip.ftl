<#-- Chip e-ID reading, for a sign-in or an account creation (bawabaEidPurpose): QR code and "open the app" link (scan),
     phone not finished (pending), refusal (refused). Attributes from org.bawaba.eid.signin.reading.ChipReading. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#assign enrolment = (bawabaEidPurpose!"sign-in") == "enrolment">
<@layout.registrationLayout displayMessage=false; section>
<!-- template: bawaba-eid-chip.ftl -->
    <#if section="header">
        <#if bawabaEidMode == "refused">${msg("bawabaEidRefusedTitle")}<#elseif enrolment>${msg("bawabaEidEnrolTitle")}<#else>${msg("bawabaEidTitle")}</#if>
    <#elseif section="form">
        <@progress.bar/>
        <div id="bawaba-eid" data-mode="${bawabaEidMode}" data-purpose="${bawabaEidPurpose!"sign-in"}">
        <#if bawabaEidMode == "scan">
            <p id="bawaba-eid-intro"><#if enrolment>${msg("bawabaEidEnrolIntro")}<#else>${msg("bawabaEidIntro")}</#if></p>
            <ol id="bawaba-eid-steps">
                <li>${msg("bawabaEidStep1")}</li>
                <li>${msg("bawabaEidStep2")}</li>
                <li>${msg("bawabaEidStep3")}</li>
                <li><#if bawabaEidSelfie!true>${msg("bawabaEidStep4")}<#else>${msg("bawabaEidStep4Pin")}</#if></li>
            </ol>
            <figure id="bawaba-eid-qr" class="bawaba-eid-qr">
                ${bawabaEidQrCode?no_esc}
                <figcaption id="bawaba-eid-qr-label">${msg("bawabaEidQrLabel")}</figcaption>
            </figure>
            <p id="bawaba-eid-confirmation">
                ${msg("bawabaEidConfirmationCode")} <strong><bdi dir="ltr" id="bawaba-eid-code">${bawabaEidCode}</bdi></strong>
            </p>
            <p id="bawaba-eid-confirmation-hint" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEidConfirmationHint")}</p>
            <p id="bawaba-eid-same-device">
                ${msg("bawabaEidSameDevice")}
                <a id="bawaba-eid-open-app" href="${bawabaEidLink}" rel="noreferrer">${msg("bawabaEidOpenApp")}</a>
            </p>
            <p id="bawaba-eid-expiry">${msg("bawabaEidExpiresIn", ((bawabaEidExpiresIn + 59) / 60)?floor?c, ((bawabaEidExpiresIn + 59) / 60)?floor)}</p>
            <p id="bawaba-eid-status" role="status" aria-live="polite">${msg("bawabaEidStatus.waiting")}</p>
        <#elseif bawabaEidMode == "pending">
            <p id="bawaba-eid-pending" role="status">${msg("bawabaEidPending")}</p>
        <#else>
            <div id="bawaba-eid-refusal" class="${properties.kcAlertClass!} pf-m-danger" role="alert">
                <p id="bawaba-eid-refusal-reason" data-reason="${bawabaEidRefusal}">${msg("bawabaEidRefused." + bawabaEidRefusal)}</p>
            </div>
        </#if>
        <form id="bawaba-eid-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                <#if bawabaEidMode != "refused">
                    <button id="bawaba-eid-continue" name="continue" value="true" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEidContinue")}</button>
                </#if>
                <#if bawabaEidCanRetry>
                    <button id="bawaba-eid-retry" name="retry" value="true" type="submit"
                            class="<#if bawabaEidMode == "refused">${properties.kcButtonPrimaryClass!}<#else>${properties.kcButtonSecondaryClass!}</#if> ${properties.kcButtonBlockClass!}">${msg("bawabaEidRetry")}</button>
                </#if>
                    <button id="bawaba-eid-cancel" name="cancel" value="true" type="submit"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"><#if enrolment>${msg("bawabaEidEnrolChooseAnother")}<#else>${msg("bawabaEidChooseAnother")}</#if></button>
                </div>
            </div>
        </form>
        </div>
        <#if bawabaEidMode == "scan">
        <script>
            (function () {
                var statusUrl = "${bawabaEidStatusUrl?js_string}";
                var every = ${bawabaEidPollSeconds?c} * 1000;
                var status = document.getElementById("bawaba-eid-status");
                var form = document.getElementById("bawaba-eid-form");
                var words = {
                    waiting: "${msg("bawabaEidStatus.waiting")?js_string}",
                    reading: "${msg("bawabaEidStatus.reading")?js_string}",
                    verified: "<#if enrolment>${msg("bawabaEidStatus.verifiedEnrol")?js_string}<#else>${msg("bawabaEidStatus.verified")?js_string}</#if>"
                };
                var refusals = {
                <#list ["document_not_recognised", "document_revoked", "document_expired", "document_altered", "chip_not_genuine", "face_mismatch", "document_not_accepted", "face_service_unavailable", "timed_out", "too_many_attempts"] as reason>
                    "${reason}": "${msg("bawabaEidRefused." + reason)?js_string}"<#sep>,</#sep>
                </#list>
                };
                var attempts = {
                <#list 0..9 as left>
                    "${left}": "${msg("bawabaEidAttemptsLeft", left?c, left)?js_string}"<#sep>,</#sep>
                </#list>
                };
                var shown = "waiting";
                function show(text, key) {
                    if (shown !== key) { status.textContent = text; shown = key; }
                }
                function submit() {
                    var button = document.getElementById("bawaba-eid-continue");
                    if (form.requestSubmit && button) { form.requestSubmit(button); } else if (button) { button.click(); }
                }
                function poll() {
                    fetch(statusUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
                        .then(function (response) { return response.ok ? response.json() : null; })
                        .then(function (body) {
                            if (!body) { return setTimeout(poll, every); }
                            if (body.state === "verified") { show(words.verified, "verified"); return submit(); }
                            if (body.state === "expired") { return submit(); }
                            if (body.state === "refused") {
                                if (!(body.attemptsLeft > 0)) { return submit(); }
                                show((refusals[body.reason] || "") + " " + (attempts[String(body.attemptsLeft)] || ""),
                                     "refused-" + body.reason + "-" + body.attemptsLeft);
                            } else if (words[body.state]) {
                                show(words[body.state], body.state);
                            }
                            setTimeout(poll, every);
                        })
                        .catch(function () { setTimeout(poll, every); });
                }
                setTimeout(poll, every);
            })();
        </script>
        </#if>
    </#if>
</@layout.registrationLayout>
