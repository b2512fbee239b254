<#-- One-time code entry: sign-in factor, enrolment step or contact change. Attributes from org.bawaba.otp.CodeStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout displayInfo=true; section>
<!-- template: bawaba-code.ftl -->
    <#if section="header">
        ${msg("bawabaCodeTitle." + bawabaChannel)}
    <#elseif section="form">
        <@progress.bar/>
        <form id="bawaba-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <div class="${properties.kcFormGroupClass!}">
                <label for="code" class="${properties.kcLabelClass!}">
                    <span class="${properties.kcFormLabelTextClass!}">${msg("bawabaCodeLabel", bawabaCodeLength?c, bawabaCodeLength)}</span>
                </label>
                <span class="${properties.kcInputClass!} <#if messagesPerField.existsError('code')>${properties.kcError!}</#if>">
                    <input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9]*"
                           autocomplete="one-time-code" maxlength="${bawabaCodeLength + 4}" autofocus
                           dir="ltr" aria-describedby="bawaba-code-hint"
                           <#if !bawabaCodeActive>disabled</#if>/>
                </span>
                <div id="bawaba-code-hint" class="${properties.kcFormHelperTextClass!}">
                    <#if bawabaRecipient?has_content>${msg("bawabaCodeHint." + bawabaChannel, bawabaRecipient)}</#if>
                </div>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-code-submit" name="login" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            <#if !bawabaCodeActive>disabled</#if>>${msg("bawabaCodeSubmit")}</button>
                </div>
            </div>
        </form>
        <form id="bawaba-resend-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <button id="bawaba-resend" name="resend" value="true" type="submit"
                        class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        data-resend-in="${bawabaResendIn?c}" <#if bawabaResendIn gt 0>disabled</#if>>${msg("bawabaCodeResend")}</button>
                <p id="bawaba-resend-countdown" aria-live="polite" <#if bawabaResendIn lte 0>hidden</#if>>
                    ${msg("bawabaCodeResendIn", "<span id=\"bawaba-resend-seconds\">" + bawabaResendIn?c + "</span>")?no_esc}
                </p>
                <#if bawabaPurpose != "signin">
                    <button id="bawaba-change" name="change" value="true" type="submit"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaContactChange." + bawabaChannel)}</button>
                </#if>
                <#if isAppInitiatedAction??>
                    <button id="bawaba-code-cancel" name="cancel-aia" value="true" type="submit"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaContactCancel")}</button>
                </#if>
            </div>
        </form>
        <script>
            (function () {
                var button = document.getElementById("bawaba-resend");
                var seconds = parseInt(button.getAttribute("data-resend-in"), 10);
                var countdown = document.getElementById("bawaba-resend-countdown");
                var shown = document.getElementById("bawaba-resend-seconds");
                if (!(seconds > 0)) { return; }
                var timer = setInterval(function () {
                    seconds -= 1;
                    if (shown) { shown.textContent = String(seconds); }
                    if (seconds <= 0) {
                        clearInterval(timer);
                        button.disabled = false;
                        countdown.hidden = true;
                    }
                }, 1000);
            })();
        </script>
    <#elseif section="info">
        <#if bawabaChannel == "email">${msg("bawabaCodeCheckSpam")}</#if>
    </#if>
</@layout.registrationLayout>
