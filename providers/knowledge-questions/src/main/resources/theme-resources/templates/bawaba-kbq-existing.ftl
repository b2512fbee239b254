<#-- Account creation by questions: the person, having answered, already has an account. From AnswerToRegisterStep. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<!-- template: bawaba-kbq-existing.ftl -->
    <#if section="header">
        ${msg("bawabaKbqExistingTitle")}
    <#elseif section="form">
        <p id="bawaba-kbq-existing">${msg("bawabaKbqExisting")}</p>
        <ul class="bawaba-links">
            <li><a id="bawaba-kbq-sign-in" href="${url.loginUrl}">${msg("bawabaKbqSignIn")}</a></li>
            <#if realm.resetPasswordAllowed>
                <li><a id="bawaba-kbq-recover" href="${url.loginResetCredentialsUrl}">${msg("bawabaKbqRecover")}</a></li>
            </#if>
        </ul>
    </#if>
</@layout.registrationLayout>
