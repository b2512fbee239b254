<#ftl output_format="plainText">
<#-- Numbers, codes and names sit between Unicode isolates (LRI/FSI … PDI) so that they read left to right in Arabic. -->
<#assign lri = "\x2066" pdi = "\x2069">
${msg("bawabaCodeEmailIntro")}

    ${lri}${code}${pdi}

${msg("bawabaCodeEmailValidity", validityMinutes?c, validityMinutes)}

${msg("bawabaCodeEmailIgnore")}
