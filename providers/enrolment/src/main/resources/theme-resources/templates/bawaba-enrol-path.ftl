<#-- Account creation, first page: the ways to create an account that the service allows. From EnrolmentPathStep. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('path'); section>
<!-- template: bawaba-enrol-path.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolPathTitle")}
    <#elseif section="form">
        <p id="bawaba-enrol-path-intro">${msg("bawabaEnrolPathIntro")}</p>
        <form id="bawaba-enrol-path-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('path')>
            <fieldset class="bawaba-choices" <#if hasError>aria-invalid="true" aria-describedby="path-error"</#if>>
                <legend class="bawaba-choices__legend">${msg("bawabaEnrolPathLegend")}</legend>
                <#list bawabaEnrolPaths as path>
                    <div class="bawaba-choice">
                        <input type="radio" id="bawaba-enrol-path-${path}" name="path" value="${path}" class="${properties.kcCheckboxInputClass!}"
                               aria-describedby="bawaba-enrol-path-${path}-needs"/>
                        <label for="bawaba-enrol-path-${path}" class="bawaba-choice__label">${msg("bawabaEnrolPath." + path)}</label>
                        <p id="bawaba-enrol-path-${path}-needs" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEnrolPath." + path + ".needs")}</p>
                    </div>
                </#list>
            </fieldset>
            <#if hasError>
                <span id="path-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('path'))?no_esc}</span>
            </#if>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-path-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolContinue")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
