<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("bawabaTemporaryPasswordGreeting", greetingName)}</p>
<p>${msg("bawabaTemporaryPasswordIntro")}</p>
<table role="presentation" style="border-collapse:collapse">
  <tr><td style="padding:4px 12px">${msg("bawabaTemporaryPasswordLogin")}</td><td style="padding:4px 12px"><strong id="bawaba-login"><bdi dir="ltr">${login}</bdi></strong></td></tr>
  <tr><td style="padding:4px 12px">${msg("bawabaTemporaryPasswordValue")}</td><td style="padding:4px 12px"><strong id="bawaba-temporary-password" style="font-family:monospace;font-size:1.2em" dir="ltr">${temporaryPassword}</strong></td></tr>
</table>
<p>${msg("bawabaTemporaryPasswordValidity", maxAgeHours?c, maxAgeHours)}</p>
<p>${msg("bawabaTemporaryPasswordIgnore")}</p>
</@layout.emailLayout>
