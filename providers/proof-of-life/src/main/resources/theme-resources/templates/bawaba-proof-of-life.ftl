<#-- Proof of life: a selfie, compared with the account's reference portrait. From ProofOfLifeStep. The script scales the
     camera's picture down and sends it as a data: URI in the field selfieData (Keycloak's flows read urlencoded forms). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('selfie'); section>
<!-- template: bawaba-proof-of-life.ftl -->
    <#if section="header">
        ${msg("bawabaProofOfLifeTitle")}
    <#elseif section="form">
        <p id="bawaba-proof-of-life-intro">${msg("bawabaProofOfLifeIntro", bawabaProofOfLifeMonths?c, bawabaProofOfLifeMonths)}</p>
        <ul id="bawaba-proof-of-life-tips">
            <li>${msg("bawabaProofOfLifeTipLight")}</li>
            <li>${msg("bawabaProofOfLifeTipFace")}</li>
        </ul>
        <form id="bawaba-proof-of-life-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('selfie')>
            <div class="${properties.kcFormGroupClass!}">
                <label for="selfie" class="${properties.kcLabelClass!}">${msg("bawabaProofOfLifeSelfie")}</label>
                <input id="selfie" type="file" accept="image/*" capture="user"
                       class="${properties.kcInputClass!}" <#if hasError>aria-invalid="true" aria-describedby="selfie-error"</#if>/>
                <input id="selfieData" name="selfieData" type="hidden" value=""/>
                <#if hasError>
                    <span id="selfie-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('selfie'))?no_esc}</span>
                </#if>
                <p id="bawaba-proof-of-life-ready" role="status" aria-live="polite" class="${properties.kcFormHelperTextClass!}"></p>
                <noscript><p id="bawaba-proof-of-life-noscript">${msg("bawabaProofOfLifeNoScript")}</p></noscript>
            </div>
            <p id="bawaba-proof-of-life-privacy" class="${properties.kcFormHelperTextClass!}">${msg("bawabaProofOfLifePrivacy")}</p>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-proof-of-life-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaProofOfLifeSend")}</button>
                </div>
            </div>
        </form>
        <script>
            (function () {
                var input = document.getElementById("selfie");
                var data = document.getElementById("selfieData");
                var ready = document.getElementById("bawaba-proof-of-life-ready");
                var readyText = "${msg("bawabaProofOfLifeReady")?js_string}";
                input.addEventListener("change", function () {
                    data.value = "";
                    ready.textContent = "";
                    var file = input.files && input.files[0];
                    if (!file) { return; }
                    var url = URL.createObjectURL(file);
                    var image = new Image();
                    image.onload = function () {
                        var scale = Math.min(1, 640 / Math.max(image.naturalWidth, image.naturalHeight));
                        var canvas = document.createElement("canvas");
                        canvas.width = Math.round(image.naturalWidth * scale);
                        canvas.height = Math.round(image.naturalHeight * scale);
                        canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
                        data.value = canvas.toDataURL("image/jpeg", 0.85);
                        URL.revokeObjectURL(url);
                        ready.textContent = readyText;
                    };
                    image.src = url;
                });
            })();
        </script>
    </#if>
</@layout.registrationLayout>
