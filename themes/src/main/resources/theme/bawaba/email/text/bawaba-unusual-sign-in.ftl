<#ftl output_format="plainText">
<#-- Names, times and links sit between Unicode isolates: FSI … PDI for what may be Arabic or Latin, LRI … PDI for what
     is always left to right, so that they read whole in Arabic. -->
<#assign fsi = "\x2068" lri = "\x2066" pdi = "\x2069">
${msg("bawabaUnusualSignInIntro")}

${msg("bawabaUnusualSignInWhen")} : ${fsi}${signInTime}${pdi}
<#if serviceName??>
${msg("bawabaUnusualSignInService")} : ${fsi}${serviceName}${pdi}
</#if>
<#if providerName??>
${msg("bawabaUnusualSignInProvider")} : ${fsi}${providerName}${pdi}
</#if>
${msg("bawabaUnusualSignInBrowser")} : <#if browserName??>${lri}${browserName}${pdi}<#else>${msg("bawabaUnusualSignInUnknown")}</#if>
${msg("bawabaUnusualSignInSystem")} : <#if systemName??>${lri}${systemName}${pdi}<#else>${msg("bawabaUnusualSignInUnknown")}</#if>

${msg("bawabaUnusualSignInIfYou")}

${msg("bawabaUnusualSignInIfNotYou")}
${msg("bawabaUnusualSignInLink")} : ${lri}${notMeLink}${pdi}

${msg("bawabaUnusualSignInLinkValidity", linkValidityDays?c, linkValidityDays)}
<#if spaceLink??>

${msg("bawabaUnusualSignInSpace")} ${lri}${spaceLink}${pdi}
</#if>
