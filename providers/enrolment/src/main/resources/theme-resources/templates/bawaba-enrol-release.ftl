<#-- Account creation with a chip e-ID: the data read from the chip, which the person releases. From ChipEnrolmentStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#import "bawaba-enrol-identity.ftl" as identity>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('selectAll'); section>
<!-- template: bawaba-enrol-release.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolReleaseTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-enrol-release-intro">${msg("bawabaEnrolReleaseIntro", bawabaEnrolService)}</p>
        <@identity.rows/>
        <form id="bawaba-enrol-release-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('selectAll')>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcCheckboxClass!}">
                    <input id="selectAll" name="selectAll" type="checkbox" value="on" class="${properties.kcCheckboxInputClass!}"
                           aria-describedby="bawaba-enrol-release-intro<#if hasError> selectAll-error</#if>" <#if hasError>aria-invalid="true"</#if>/>
                    <label for="selectAll" class="${properties.kcCheckboxLabelClass!}">${msg("bawabaEnrolSelectAll")}</label>
                </div>
                <#if hasError>
                    <span id="selectAll-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('selectAll'))?no_esc}</span>
                </#if>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-release-accept" name="release" value="true" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolAccept")}</button>
                    <button id="bawaba-enrol-leave" name="leave" value="true" type="submit" formnovalidate
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolLeave")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
