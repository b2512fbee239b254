<#-- The person's space: the services they agreed to share data with, each revocable (page SERVICES). -->
<#import "template.ftl" as layout>
<#import "bawaba-space-nav.ftl" as space>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-services.ftl -->
    <#if section="header">
        ${msg("bawabaSpacePage.services")}
    <#elseif section="form">
        <@space.nav/>
        <#if bawabaSpaceDone == "revoked">
            <div id="bawaba-space-done" class="bawaba-space-done" role="status">${msg("bawabaSpaceServiceRevoked")}</div>
        </#if>
        <p>${msg("bawabaSpaceServicesIntro")}</p>
        <#if bawabaSpaceServices?has_content>
            <ul id="bawaba-space-services" class="bawaba-space-list" role="list">
                <#list bawabaSpaceServices as service>
                    <li id="bawaba-space-service-${service.clientId}">
                        <h2 class="bawaba-space-item__title">${advancedMsg(service.name)}</h2>
                        <p>${msg("bawabaSpaceServiceSince", service.since)}</p>
                        <p>${msg("bawabaSpaceServiceReceives")}</p>
                        <ul role="list">
                            <#list service.scopes as scope><li>${advancedMsg(scope)}</li></#list>
                        </ul>
                        <@space.form action="services/revoke" id="bawaba-space-revoke-${service.clientId}">
                            <input type="hidden" name="client" value="${service.clientId}"/>
                            <button type="submit" class="${properties.kcButtonSecondaryClass!}">${msg("bawabaSpaceServiceRevoke")}</button>
                        </@space.form>
                    </li>
                </#list>
            </ul>
        <#else>
            <p id="bawaba-space-no-services">${msg("bawabaSpaceNoServices")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
