<#-- The person's space: signed out (everywhere, or by the realm's sign-out), or back without signing in. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-signed-out.ftl -->
    <#if section="header">
        ${msg("bawabaSpaceTitle")}
    <#elseif section="form">
        <p id="bawaba-space-signed-out"><#if bawabaSpaceSignedOut>${msg("bawabaSpaceSignedOut")}<#else>${msg("bawabaSpaceNotSignedIn")}</#if></p>
        <p><a id="bawaba-space-sign-in" href="${bawabaSpaceUrl}/">${msg("bawabaSpaceSignIn")}</a></p>
    </#if>
</@layout.registrationLayout>
