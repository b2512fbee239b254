<#-- Unusual sign-in alert (providers/device-alert): a sign-in from a browser the account had never used. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("bawabaUnusualSignInIntro")}</p>
<table role="presentation" style="border-collapse:collapse">
  <tr><td style="padding:4px 12px">${msg("bawabaUnusualSignInWhen")}</td><td style="padding:4px 12px"><strong id="bawaba-sign-in-time"><bdi>${signInTime}</bdi></strong></td></tr>
  <#if serviceName??>
  <tr><td style="padding:4px 12px">${msg("bawabaUnusualSignInService")}</td><td style="padding:4px 12px"><strong id="bawaba-sign-in-service"><bdi>${serviceName}</bdi></strong></td></tr>
  </#if>
  <#if providerName??>
  <tr><td style="padding:4px 12px">${msg("bawabaUnusualSignInProvider")}</td><td style="padding:4px 12px"><strong id="bawaba-sign-in-provider"><bdi>${providerName}</bdi></strong></td></tr>
  </#if>
  <tr><td style="padding:4px 12px">${msg("bawabaUnusualSignInBrowser")}</td><td style="padding:4px 12px"><strong id="bawaba-sign-in-browser"><#if browserName??><bdi dir="ltr">${browserName}</bdi><#else>${msg("bawabaUnusualSignInUnknown")}</#if></strong></td></tr>
  <tr><td style="padding:4px 12px">${msg("bawabaUnusualSignInSystem")}</td><td style="padding:4px 12px"><strong id="bawaba-sign-in-system"><#if systemName??><bdi dir="ltr">${systemName}</bdi><#else>${msg("bawabaUnusualSignInUnknown")}</#if></strong></td></tr>
</table>
<p><strong>${msg("bawabaUnusualSignInIfYou")}</strong></p>
<p>${msg("bawabaUnusualSignInIfNotYou")}</p>
<p><a id="bawaba-not-me-link" href="${notMeLink}" style="display:inline-block;padding:10px 16px;background:#b3261e;color:#ffffff;text-decoration:none;border-radius:4px">${msg("bawabaUnusualSignInLink")}</a></p>
<p>${msg("bawabaUnusualSignInLinkValidity", linkValidityDays?c, linkValidityDays)}</p>
<#if spaceLink??>
<p>${msg("bawabaUnusualSignInSpace")} <a id="bawaba-space-link" href="${spaceLink}">${msg("bawabaUnusualSignInSpaceLink")}</a></p>
</#if>
</@layout.emailLayout>
