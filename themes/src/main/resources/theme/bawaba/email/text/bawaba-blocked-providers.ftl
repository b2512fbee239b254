<#ftl output_format="plainText">
<#-- Confirmation of a change of blocked identity providers (org.bawaba.federation.blocking.BlockingNotice). -->
<#function providerName alias>
  <#local nameKey = "bawabaIdp." + alias + ".name">
  <#return (msg(nameKey) != nameKey)?then(msg(nameKey), providerNames[alias]!alias)>
</#function>
${msg("bawabaBlockingMailIntro")}

${msg("bawabaBlockingMailBlocked")}
<#list blocked as alias>
- ${providerName(alias)}
<#else>
- ${msg("bawabaBlockingMailNone")}
</#list>

${msg("bawabaBlockingMailAllowed")}
<#list allowed as alias>
- ${providerName(alias)}
<#else>
- ${msg("bawabaBlockingMailNone")}
</#list>

${blocksNewProviders?then(msg("bawabaBlockingMailLaterBlocked"), msg("bawabaBlockingMailLaterAllowed"))}

${msg("bawabaBlockingMailWhen", changedAt)}

${msg("bawabaBlockingMailNotYou")}
