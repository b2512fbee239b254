<#-- Account creation: the identity just proved already has an account here. From ChipEnrolmentStep, ChipAccountStep. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<!-- template: bawaba-enrol-existing.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolExistingTitle")}
    <#elseif section="form">
        <p id="bawaba-enrol-existing">${msg("bawabaEnrolExisting")}</p>
        <ul class="bawaba-links">
            <li><a id="bawaba-enrol-sign-in" href="${url.loginUrl}">${msg("bawabaEnrolSignIn")}</a></li>
            <#if realm.resetPasswordAllowed>
                <li><a id="bawaba-enrol-recover" href="${url.loginResetCredentialsUrl}">${msg("bawabaEnrolRecover")}</a></li>
            </#if>
        </ul>
    </#if>
</@layout.registrationLayout>
