<#-- Account creation with a chip e-ID: how to identify, and what each way needs. From ChipEnrolmentStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('mode'); section>
<!-- template: bawaba-enrol-mode.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolModeTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-enrol-mode-intro">${msg("bawabaEnrolModeIntro")}</p>
        <form id="bawaba-enrol-mode-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('mode')>
            <fieldset class="bawaba-choices" <#if hasError>aria-invalid="true" aria-describedby="mode-error"</#if>>
                <legend class="bawaba-choices__legend">${msg("bawabaEnrolModeLegend")}</legend>
                <#list bawabaEnrolModes as mode>
                    <div class="bawaba-choice">
                        <input type="radio" id="bawaba-enrol-mode-${mode}" name="mode" value="${mode}" class="${properties.kcCheckboxInputClass!}"
                               aria-describedby="bawaba-enrol-mode-${mode}-needs"/>
                        <label for="bawaba-enrol-mode-${mode}" class="bawaba-choice__label">${msg("bawabaEnrolMode." + mode)}</label>
                        <p id="bawaba-enrol-mode-${mode}-needs" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEnrolMode." + mode + ".needs")}</p>
                    </div>
                </#list>
            </fieldset>
            <#if hasError>
                <span id="mode-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('mode'))?no_esc}</span>
            </#if>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-mode-submit" name="chooseMode" value="true" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolContinue")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
