<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("bawabaCodeEmailIntro")}</p>
<p style="font-size:1.6em;letter-spacing:0.3em;font-family:monospace" dir="ltr"><strong id="bawaba-code">${code}</strong></p>
<p>${msg("bawabaCodeEmailValidity", validityMinutes?c, validityMinutes)}</p>
<p>${msg("bawabaCodeEmailIgnore")}</p>
</@layout.emailLayout>
