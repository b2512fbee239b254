<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: bawaba-temporary-password-expired.ftl -->
    <#if section = "header">
        ${msg("bawabaTemporaryPasswordExpiredTitle")}
    <#elseif section = "form">
        <div id="bawaba-temporary-password-expired">
            <p class="bawaba-help">${msg("bawabaTemporaryPasswordExpiredHelp", temporaryPasswordMaxAgeHours)}</p>
            <#if temporaryPasswordReissue>
                <form id="bawaba-reissue-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <@buttons.actionGroup>
                        <@buttons.button id="bawaba-reissue" name="bawaba-reissue-temporary-password" label="bawabaTemporaryPasswordReissue"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
            <@buttons.actionGroup>
                <@buttons.buttonLink id="bawaba-back-to-login" href=url.loginRestartFlowUrl label="bawabaBackToLogin"/>
            </@buttons.actionGroup>
        </div>
    </#if>
</@layout.registrationLayout>
