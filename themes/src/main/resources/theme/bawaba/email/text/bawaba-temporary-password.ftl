<#ftl output_format="plainText">
<#-- Logins and passwords sit between Unicode isolates (LRI … PDI) so that they read left to right in Arabic. -->
<#assign lri = "\x2066" pdi = "\x2069">
${msg("bawabaTemporaryPasswordGreeting", greetingName)}

${msg("bawabaTemporaryPasswordIntro")}

${msg("bawabaTemporaryPasswordLogin")} : ${lri}${login}${pdi}
${msg("bawabaTemporaryPasswordValue")} : ${lri}${temporaryPassword}${pdi}

${msg("bawabaTemporaryPasswordValidity", maxAgeHours?c, maxAgeHours)}

${msg("bawabaTemporaryPasswordIgnore")}
