<#-- A sign-in refused because the account blocks the provider it came through (org.bawaba.federation.blocking.BlockedSignIn). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=false; section>
<!-- template: bawaba-blocked-provider.ftl -->
    <#if section="header">
        ${msg("bawabaBlockedTitle")}
    <#elseif section="form">
        <#assign nameKey = "bawabaIdp." + alias + ".name">
        <p id="bawaba-blocked-provider"><strong>${(msg(nameKey) != nameKey)?then(msg(nameKey), providerName)}</strong></p>
        <p id="bawaba-blocked-why">${msg("bawabaBlockedExplain")}</p>
        <p id="bawaba-blocked-not-you">${msg("bawabaBlockedNotYou")}</p>
        <a id="bawaba-blocked-back" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${chooserUrl}">${msg("bawabaBlockedBack")}</a>
    </#if>
</@layout.registrationLayout>
