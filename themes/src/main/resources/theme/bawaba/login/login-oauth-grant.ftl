<#--
  Consent page, in place of keycloak.v2's login-oauth-grant.ftl: which service asks, what it will receive (one line
  per client scope shown on the consent screen, its consent.screen.text), what refusing does, and buttons that say
  what they do. Keycloak's handler reads `code` and either `accept` or `cancel` from the form posted to url.oauthAction.
-->
<#import "template.ftl" as layout>
<#macro scopeLine clientScope>
    <li><#if clientScope.parameterizedScopeParameter??>${advancedMsg(clientScope.consentScreenText, clientScope.parameterizedScopeParameter)}<#else>${advancedMsg(clientScope.consentScreenText)}</#if></li>
</#macro>
<@layout.registrationLayout bodyClass="oauth"; section>
    <#if client.name?has_content>
        <#assign serviceName = advancedMsg(client.name)>
    <#else>
        <#assign serviceName = client.clientId>
    </#if>
    <#if section = "header">
        ${msg("bawabaConsentTitle", serviceName)}
    <#elseif section = "form">
        <!-- template: login-oauth-grant.ftl (bawaba) -->
        <div id="kc-oauth" class="bawaba-consent">
            <#if client.attributes.logoUri??>
                <img class="bawaba-consent__logo" src="${client.attributes.logoUri}" alt=""/>
            </#if>
            <p id="bawaba-consent-intro">${msg("bawabaConsentIntro")}</p>
            <#-- Keycloak sorts scopes by their gui.order, which its built-in profile and email scopes lack, so their place
                 among ours would be left to the database: theme.properties gives the consent texts in reading order. -->
            <#assign readingOrder = (properties.bawabaConsentReadingOrder!"")?split(" ")>
            <#assign requested = oauth.clientScopesRequested![]>
            <ul id="bawaba-consent-scopes" class="bawaba-consent__scopes" aria-labelledby="bawaba-consent-intro">
                <#list readingOrder as key>
                    <#list requested as clientScope>
                        <#if clientScope.consentScreenText == r"${" + key + "}"><@scopeLine clientScope/></#if>
                    </#list>
                </#list>
                <#list requested as clientScope>
                    <#if !readingOrder?seq_contains(clientScope.consentScreenText?remove_beginning(r"${")?remove_ending("}"))>
                        <@scopeLine clientScope/>
                    </#if>
                </#list>
            </ul>
            <#if client.attributes.policyUri?? || client.attributes.tosUri??>
                <p id="bawaba-consent-terms">
                    ${msg("oauthGrantInformation", serviceName)}
                    <#if client.attributes.tosUri??>
                        ${msg("oauthGrantReview")}
                        <a href="${client.attributes.tosUri}" target="_blank" rel="noopener">${msg("oauthGrantTos")}</a>
                    </#if>
                    <#if client.attributes.policyUri??>
                        ${msg("oauthGrantReview")}
                        <a href="${client.attributes.policyUri}" target="_blank" rel="noopener">${msg("oauthGrantPolicy")}</a>
                    </#if>
                </p>
            </#if>
            <p id="bawaba-consent-remembered" class="bawaba-consent__note">${msg("bawabaConsentRemembered")}</p>

            <form id="kc-oauth-form" class="${properties.kcFormClass} ${properties.kcMarginTopClass!}" action="${url.oauthAction}" method="POST">
                <input type="hidden" name="code" value="${oauth.code}">
                <div class="${properties.kcFormGroupClass}">
                    <div class="${properties.kcFormActionGroupClass} pf-v5-u-flex-nowrap">
                        <button id="kc-login" name="accept" type="submit"
                                class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("bawabaConsentAccept")}</button>
                        <button id="kc-cancel" name="cancel" type="submit" aria-describedby="bawaba-consent-refuse-note"
                                class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("bawabaConsentRefuse")}</button>
                    </div>
                </div>
            </form>
            <p id="bawaba-consent-refuse-note" class="bawaba-consent__note">${msg("bawabaConsentRefuseNote")}</p>
        </div>
    </#if>
</@layout.registrationLayout>
