<#-- The person's space: the identity providers their account accepts or refuses (page PROVIDERS). -->
<#import "template.ftl" as layout>
<#import "bawaba-space-nav.ftl" as space>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-providers.ftl -->
    <#if section="header">
        ${msg("bawabaSpacePage.providers")}
    <#elseif section="form">
        <@space.nav/>
        <#if bawabaSpaceDone == "saved">
            <div id="bawaba-space-done" class="bawaba-space-done" role="status">${msg("bawabaSpaceProvidersSaved")}</div>
        <#elseif bawabaSpaceDone == "unchanged">
            <div id="bawaba-space-done" class="bawaba-space-done" role="status">${msg("bawabaSpaceProvidersUnchanged")}</div>
        <#elseif bawabaSpaceDone == "last-way-in">
            <div id="bawaba-space-error" class="bawaba-space-error" role="alert">${msg("bawabaBlockingLastWayIn")}</div>
        <#elseif bawabaSpaceDone == "unknown-provider">
            <div id="bawaba-space-error" class="bawaba-space-error" role="alert">${msg("bawabaBlockingUnknownProvider")}</div>
        </#if>
        <p>${msg("bawabaSpaceProvidersIntro")}</p>
        <@space.form action="providers" id="bawaba-space-providers">
            <fieldset class="bawaba-space-choices">
                <legend>${msg("bawabaSpaceProvidersLegend")}</legend>
                <#list bawabaSpaceProviderChoices as choice>
                    <#assign nameKey = "bawabaIdp." + choice.alias + ".name">
                    <div class="bawaba-space-choice">
                        <input type="checkbox" id="bawaba-space-block-${choice.alias}" name="blocked" value="${choice.alias}"<#if choice.blocked> checked</#if>/>
                        <label for="bawaba-space-block-${choice.alias}">${msg("bawabaSpaceProviderBlock", (msg(nameKey) != nameKey)?then(msg(nameKey), choice.displayName))}</label>
                    </div>
                </#list>
                <div class="bawaba-space-choice">
                    <input type="checkbox" id="bawaba-space-block-new" name="blockNew" value="true"<#if bawabaSpaceBlocksNew> checked</#if>/>
                    <label for="bawaba-space-block-new">${msg("bawabaSpaceProvidersBlockNew")}</label>
                </div>
            </fieldset>
            <p>${msg("bawabaSpaceProvidersEmail")}</p>
            <button type="submit" class="${properties.kcButtonPrimaryClass!}" id="bawaba-space-providers-save">${msg("bawabaSpaceProvidersSave")}</button>
        </@space.form>
    </#if>
</@layout.registrationLayout>
