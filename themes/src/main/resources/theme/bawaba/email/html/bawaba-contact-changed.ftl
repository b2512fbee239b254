<#import "template.ftl" as layout>
<@layout.emailLayout>
<p id="bawaba-contact-changed">${msg("bawabaContactChanged." + bawabaChannel, changedTo)}</p>
<p><strong>${msg("bawabaContactChangedIfNotYou")}</strong></p>
</@layout.emailLayout>
