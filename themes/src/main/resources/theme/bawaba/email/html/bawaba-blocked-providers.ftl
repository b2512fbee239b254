<#import "template.ftl" as layout>
<#-- Confirmation of a change of blocked identity providers (org.bawaba.federation.blocking.BlockingNotice). -->
<#function providerName alias>
  <#local nameKey = "bawabaIdp." + alias + ".name">
  <#return (msg(nameKey) != nameKey)?then(msg(nameKey), providerNames[alias]!alias)>
</#function>
<@layout.emailLayout>
<p>${msg("bawabaBlockingMailIntro")}</p>
<p>${msg("bawabaBlockingMailBlocked")}</p>
<ul id="bawaba-blocked"><#list blocked as alias><li>${providerName(alias)}</li><#else><li>${msg("bawabaBlockingMailNone")}</li></#list></ul>
<p>${msg("bawabaBlockingMailAllowed")}</p>
<ul id="bawaba-allowed"><#list allowed as alias><li>${providerName(alias)}</li><#else><li>${msg("bawabaBlockingMailNone")}</li></#list></ul>
<p id="bawaba-later">${blocksNewProviders?then(msg("bawabaBlockingMailLaterBlocked"), msg("bawabaBlockingMailLaterAllowed"))}</p>
<p id="bawaba-when">${msg("bawabaBlockingMailWhen", changedAt)}</p>
<p><strong>${msg("bawabaBlockingMailNotYou")}</strong></p>
</@layout.emailLayout>
