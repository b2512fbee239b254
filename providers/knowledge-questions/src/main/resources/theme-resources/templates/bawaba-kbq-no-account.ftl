<#-- Password recovery by questions: the person answered but has no account (or it is disabled). From AnswerToRecoverStep. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<!-- template: bawaba-kbq-no-account.ftl -->
    <#if section="header">
        ${msg("bawabaKbqNoAccountTitle")}
    <#elseif section="form">
        <p id="bawaba-kbq-no-account">${msg("bawabaKbqNoAccount")}</p>
        <ul class="bawaba-links">
            <li><a id="bawaba-kbq-sign-in" href="${url.loginUrl}">${msg("bawabaKbqSignIn")}</a></li>
            <#if realm.registrationAllowed>
                <li><a id="bawaba-kbq-register" href="${url.registrationUrl}">${msg("bawabaKbqRegister")}</a></li>
            </#if>
        </ul>
    </#if>
</@layout.registrationLayout>
