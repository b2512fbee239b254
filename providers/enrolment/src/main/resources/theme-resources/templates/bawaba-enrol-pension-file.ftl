<#-- Account creation with a passport: the pension file number, the account's login. From PensionFileStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('fileNumber'); section>
<!-- template: bawaba-enrol-pension-file.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolFileNumberTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-enrol-file-intro">${msg("bawabaEnrolFileNumberIntro")}</p>
        <form id="bawaba-enrol-file-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('fileNumber')>
            <div class="${properties.kcFormGroupClass!}">
                <label for="fileNumber" class="${properties.kcLabelClass!}">${msg("bawabaEnrolFileNumber")}</label>
                <input id="fileNumber" name="fileNumber" type="text" inputmode="numeric" autocomplete="off" dir="ltr" required
                       class="${properties.kcInputClass!}" aria-describedby="bawaba-enrol-file-hint<#if hasError> fileNumber-error</#if>"
                       <#if hasError>aria-invalid="true"</#if>/>
                <p id="bawaba-enrol-file-hint" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEnrolFileNumberHint")}</p>
                <#if hasError>
                    <span id="fileNumber-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('fileNumber'))?no_esc}</span>
                </#if>
            </div>
            <p id="bawaba-enrol-file-code" data-foreign="${bawabaEnrolForeign?c}"><#if bawabaEnrolForeign>${msg("bawabaEnrolCodeByEmail")}<#else>${msg("bawabaEnrolCodeBySms")}</#if></p>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-file-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolContinue")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
