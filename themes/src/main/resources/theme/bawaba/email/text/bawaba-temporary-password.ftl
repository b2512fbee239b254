<#ftl output_format="plainText">
${msg("bawabaTemporaryPasswordGreeting", greetingName)}

${msg("bawabaTemporaryPasswordIntro")}

${msg("bawabaTemporaryPasswordLogin")} : ${login}
${msg("bawabaTemporaryPasswordValue")} : ${temporaryPassword}

${msg("bawabaTemporaryPasswordValidity", maxAgeHours?c)}

${msg("bawabaTemporaryPasswordIgnore")}
