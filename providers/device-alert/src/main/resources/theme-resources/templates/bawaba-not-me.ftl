<#-- "This was not me" (providers/device-alert, org.bawaba.device.notme.NotMeResource): bawabaNotMeState is confirm
     (one button, nothing done yet), done, expired, used or invalid. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: bawaba-not-me.ftl -->
    <#if section="header">
        <#switch bawabaNotMeState>
            <#case "confirm">${msg("bawabaNotMeConfirmTitle")}<#break>
            <#case "done">${msg("bawabaNotMeDoneTitle")}<#break>
            <#case "expired">${msg("bawabaNotMeExpiredTitle")}<#break>
            <#case "used">${msg("bawabaNotMeUsedTitle")}<#break>
            <#default>${msg("bawabaNotMeInvalidTitle")}
        </#switch>
    <#elseif section="form">
        <div id="bawaba-not-me" data-state="${bawabaNotMeState}">
        <#if bawabaNotMeWhen?? || bawabaNotMeService??>
            <dl class="bawaba-not-me__sign-in">
                <#if bawabaNotMeWhen??><dt>${msg("bawabaNotMeWhen")}</dt><dd id="bawaba-not-me-when"><bdi>${bawabaNotMeWhen}</bdi></dd></#if>
                <#if bawabaNotMeService??><dt>${msg("bawabaNotMeService")}</dt><dd id="bawaba-not-me-service"><bdi>${bawabaNotMeService}</bdi></dd></#if>
            </dl>
        </#if>
        <#switch bawabaNotMeState>
            <#case "confirm">
                <p>${msg("bawabaNotMeConfirmIntro")}</p>
                <ul class="bawaba-not-me__points">
                    <li>${msg("bawabaNotMeConfirmSessions")}</li>
                    <li>${msg("bawabaNotMeConfirmTeam")}</li>
                </ul>
                <form id="bawaba-not-me-form" class="${properties.kcFormClass!}" action="${bawabaNotMeAction}" method="post">
                    <input type="hidden" name="form" value="${bawabaNotMeForm}"/>
                    <div class="${properties.kcFormGroupClass!}">
                        <div class="${properties.kcFormActionGroupClass!}">
                            <button id="bawaba-not-me-submit" type="submit"
                                    class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaNotMeConfirmButton")}</button>
                        </div>
                    </div>
                </form>
                <p class="bawaba-not-me__note">${msg("bawabaNotMeConfirmIfYou")}</p>
                <#break>
            <#case "done">
                <p id="bawaba-not-me-done">${msg("bawabaNotMeDone")}</p>
                <p>${msg("bawabaNotMeDoneNext")}</p>
                <#break>
            <#case "expired">
                <p id="bawaba-not-me-expired">${msg("bawabaNotMeExpired")}</p>
                <#break>
            <#case "used">
                <p id="bawaba-not-me-used">${msg("bawabaNotMeUsed")}</p>
                <#break>
            <#default>
                <p id="bawaba-not-me-invalid">${msg("bawabaNotMeInvalid")}</p>
        </#switch>
        </div>
    </#if>
</@layout.registrationLayout>
