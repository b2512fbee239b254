<#ftl output_format="plainText">
<#-- The new address or number, masked, is isolated in the Arabic message itself (LRI … PDI). -->
${msg("bawabaContactChanged." + bawabaChannel, changedTo)}

${msg("bawabaContactChangedIfNotYou")}
