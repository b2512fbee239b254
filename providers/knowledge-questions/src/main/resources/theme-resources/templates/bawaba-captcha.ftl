<#--
  The robot check (org.bawaba.knowledge.captcha.Captcha): a self-hosted proof of work, the ALTCHA widget vendored in
  the bawaba login theme (resources/vendor/altcha). Inside a login page's <form>:

      <#import "bawaba-captcha.ftl" as captcha>
      <@captcha.widget challenge=bawabaCaptcha!"" />

  bawabaCaptcha is what Captcha.show(form) puts on the page; empty (the check is off), the macro renders nothing.
  The solution is posted in the field "altcha" (Captcha.FIELD). The box is a native checkbox, required: Tab reaches
  it, Space ticks it, the form cannot be sent before, and its label follows the page's direction (rtl in Arabic).
  What the widget shows as it works is also said in a status region (js/bawaba-captcha.js), for screen readers.
-->
<#macro widget challenge="" name="altcha">
    <#if challenge?has_content>
        <#assign strings = '{"label":"' + msg("bawabaCaptchaLabel")?json_string
            + '","loading":"' + msg("bawabaCaptchaLoading")?json_string
            + '","verifying":"' + msg("bawabaCaptchaVerifying")?json_string
            + '","verified":"' + msg("bawabaCaptchaVerified")?json_string
            + '","error":"' + msg("bawabaCaptchaError")?json_string
            + '","expired":"' + msg("bawabaCaptchaExpired")?json_string
            + '","verificationRequired":"' + msg("bawabaCaptchaRequired")?json_string
            + '","waitAlert":"' + msg("bawabaCaptchaWait")?json_string + '"}'>
        <div class="bawaba-captcha ${properties.kcFormGroupClass!}">
            <altcha-widget challengejson="${challenge}" name="${name}" strings="${strings}"
                           hidefooter hidelogo></altcha-widget>
            <p class="bawaba-captcha__status" role="status"></p>
            <noscript>
                <p class="bawaba-captcha__noscript ${properties.kcInputErrorMessageClass!}">${msg("bawabaCaptchaNoScript")}</p>
            </noscript>
        </div>
        <script type="module" src="${url.resourcesPath}/vendor/altcha/altcha.js"></script>
        <script src="${url.resourcesPath}/js/bawaba-captcha.js" defer></script>
    </#if>
</#macro>
