<#-- The person's space: who the front door knows them to be (org.bawaba.space.SpaceView, page IDENTITY). -->
<#import "template.ftl" as layout>
<#import "bawaba-space-nav.ftl" as space>
<@layout.registrationLayout; section>
<!-- template: bawaba-space-identity.ftl -->
    <#if section="header">
        ${msg("bawabaSpacePage.identity")}
    <#elseif section="form">
        <@space.nav/>
        <#if bawabaSpaceDone == "contact-changed">
            <div id="bawaba-space-done" class="bawaba-space-done" role="status">${msg("bawabaSpaceContactChanged")}</div>
        </#if>
        <section aria-labelledby="bawaba-space-identity-title">
            <h2 id="bawaba-space-identity-title">${msg("bawabaSpaceIdentityTitle")}</h2>
            <p>${msg("bawabaSpaceIdentityIntro")}</p>
            <dl id="bawaba-space-identity" class="bawaba-space-facts">
                <#list bawabaSpaceIdentity as spaceField, spaceValue>
                    <dt>${msg("bawabaSpaceField." + spaceField)}</dt>
                    <dd id="bawaba-space-field-${spaceField}"><#if spaceField == "gender">${msg("bawabaSpaceGender." + spaceValue)}<#else><bdi>${spaceValue}</bdi></#if></dd>
                </#list>
            </dl>
        </section>
        <section aria-labelledby="bawaba-space-contacts-title">
            <h2 id="bawaba-space-contacts-title">${msg("bawabaSpaceContactsTitle")}</h2>
            <dl id="bawaba-space-contacts" class="bawaba-space-facts">
                <#list bawabaSpaceContacts as spaceField, spaceValue>
                    <dt>${msg("bawabaSpaceField." + spaceField)}</dt>
                    <dd id="bawaba-space-field-${spaceField}"><bdi dir="ltr">${spaceValue}</bdi></dd>
                </#list>
            </dl>
            <p>${msg("bawabaSpaceContactsAtSource")}</p>
            <#if bawabaSpaceContactChange?has_content>
                <ul class="bawaba-links" role="list">
                    <li><a id="bawaba-space-change-email" href="${bawabaSpaceUrl}/contact/email">${msg("bawabaSpaceChangeEmail")}</a></li>
                    <li><a id="bawaba-space-change-phone" href="${bawabaSpaceUrl}/contact/phone">${msg("bawabaSpaceChangePhone")}</a></li>
                </ul>
            </#if>
            <#if bawabaSpaceProviders?has_content>
                <p>${msg("bawabaSpaceLinkedProviders")}</p>
                <ul id="bawaba-space-linked" role="list">
                    <#list bawabaSpaceProviders as alias>
                        <li>${msg("bawabaIdp." + alias + ".name")}</li>
                    </#list>
                </ul>
            </#if>
        </section>
    </#if>
</@layout.registrationLayout>
