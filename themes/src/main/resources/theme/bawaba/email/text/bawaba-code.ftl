<#ftl output_format="plainText">
${msg("bawabaCodeEmailIntro")}

    ${code}

${msg("bawabaCodeEmailValidity", validityMinutes?c)}

${msg("bawabaCodeEmailIgnore")}
