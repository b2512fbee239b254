<#-- The person's space: their sign-ins, with the service, the identity provider, the level and the data shared (page HISTORY). -->
<#import "template.ftl" as layout>
<#import "bawaba-space-nav.ftl" as space>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-history.ftl -->
    <#if section="header">
        ${msg("bawabaSpacePage.history")}
    <#elseif section="form">
        <@space.nav/>
        <p>${msg("bawabaSpaceHistoryIntro", bawabaSpaceRetentionMonths?c, bawabaSpaceRetentionMonths)}</p>
        <#if bawabaSpaceHistory?has_content>
            <ol id="bawaba-space-history" class="bawaba-space-list">
                <#list bawabaSpaceHistory as signIn>
                    <li class="bawaba-space-sign-in" id="bawaba-space-sign-in-${signIn.id}">
                        <h2 class="bawaba-space-item__title">${signIn.time}</h2>
                        <dl class="bawaba-space-facts">
                            <dt>${msg("bawabaSpaceHistoryService")}</dt><dd class="bawaba-space-sign-in__service">${advancedMsg(signIn.service)}</dd>
                            <#if signIn.provider?has_content>
                                <#assign providerKey = "bawabaIdp." + signIn.provider + ".name">
                                <dt>${msg("bawabaSpaceSessionProvider")}</dt><dd class="bawaba-space-sign-in__provider">${(msg(providerKey) != providerKey)?then(msg(providerKey), signIn.provider)}</dd>
                            </#if>
                            <#if signIn.level?has_content>
                                <#assign levelKey = "bawabaLevel." + signIn.level>
                                <dt>${msg("bawabaSpaceHistoryLevel")}</dt><dd class="bawaba-space-sign-in__level">${(msg(levelKey) != levelKey)?then(msg(levelKey), signIn.level)}</dd>
                            </#if>
                            <dt>${msg("bawabaSpaceHistoryShared")}</dt>
                            <dd class="bawaba-space-sign-in__claims"><#list signIn.claims as claim><#assign claimKey = "bawabaSpaceClaim." + claim>${(msg(claimKey) != claimKey)?then(msg(claimKey), claim)}<#sep>${msg("bawabaSpaceListSeparator")}</#list></dd>
                        </dl>
                    </li>
                </#list>
            </ol>
        <#else>
            <p id="bawaba-space-no-history">${msg("bawabaSpaceNoHistory")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
