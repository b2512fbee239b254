<#-- The person's space: where they are signed in, and "sign out everywhere" (page SESSIONS). -->
<#import "template.ftl" as layout>
<#import "bawaba-space-nav.ftl" as space>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-sessions.ftl -->
    <#if section="header">
        ${msg("bawabaSpacePage.sessions")}
    <#elseif section="form">
        <@space.nav/>
        <p>${msg("bawabaSpaceSessionsIntro")}</p>
        <ul id="bawaba-space-sessions" class="bawaba-space-list" role="list">
            <#list bawabaSpaceSessions as open>
                <li class="bawaba-space-session">
                    <h2 class="bawaba-space-item__title">
                        <#if open.browser?has_content || open.os?has_content><bdi dir="ltr">${open.browser} ${open.os}</bdi><#else>${msg("bawabaSpaceUnknownBrowser")}</#if>
                        <#if open.current> <span class="bawaba-badge" id="bawaba-space-this-session">${msg("bawabaSpaceThisSession")}</span></#if>
                    </h2>
                    <dl class="bawaba-space-facts">
                        <dt>${msg("bawabaSpaceSessionStarted")}</dt><dd>${open.started}</dd>
                        <dt>${msg("bawabaSpaceSessionLastSeen")}</dt><dd>${open.lastAccess}</dd>
                        <#if open.ipAddress?has_content><dt>${msg("bawabaSpaceSessionAddress")}</dt><dd><bdi dir="ltr">${open.ipAddress}</bdi></dd></#if>
                        <#if open.provider?has_content><dt>${msg("bawabaSpaceSessionProvider")}</dt><dd>${msg("bawabaIdp." + open.provider + ".name")}</dd></#if>
                        <#if open.services?has_content>
                            <dt>${msg("bawabaSpaceSessionServices")}</dt>
                            <dd><#list open.services as name>${advancedMsg(name)}<#sep>${msg("bawabaSpaceListSeparator")}</#list></dd>
                        </#if>
                    </dl>
                </li>
            </#list>
        </ul>
        <@space.form action="sessions/sign-out-everywhere" id="bawaba-space-sign-out-everywhere">
            <p>${msg("bawabaSpaceSignOutEverywhereWhat")}</p>
            <button type="submit" class="${properties.kcButtonPrimaryClass!}">${msg("bawabaSpaceSignOutEverywhere")}</button>
        </@space.form>
    </#if>
</@layout.registrationLayout>
