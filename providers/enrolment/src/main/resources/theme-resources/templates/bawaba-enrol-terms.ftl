<#-- Account creation: a versioned text of terms to read and accept (the account's, the e-ID's). From EnrolmentTermsStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('acceptTerms'); section>
<!-- template: bawaba-enrol-terms.ftl -->
    <#if section="header">
        ${msg("bawabaTerms." + bawabaTermsDocument + ".title")}
    <#elseif section="form">
        <@progress.bar/>
        <div id="bawaba-enrol-terms" data-document="${bawabaTermsDocument}" data-version="${bawabaTermsVersion}">
            <p id="bawaba-enrol-terms-intro">${msg("bawabaTerms." + bawabaTermsDocument + ".intro")}</p>
            <div id="bawaba-enrol-terms-text" class="bawaba-terms__text" tabindex="0" role="region" aria-labelledby="bawaba-enrol-terms-version">
                <p id="bawaba-enrol-terms-version" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEnrolTermsVersion", bawabaTermsVersion)}</p>
                ${msg("bawabaTerms." + bawabaTermsDocument + ".text")}
            </div>
        </div>
        <form id="bawaba-enrol-terms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('acceptTerms')>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcCheckboxClass!}">
                    <input id="acceptTerms" name="acceptTerms" type="checkbox" value="on" class="${properties.kcCheckboxInputClass!}"
                           <#if hasError>aria-invalid="true" aria-describedby="acceptTerms-error"</#if>/>
                    <label for="acceptTerms" class="${properties.kcCheckboxLabelClass!}">${msg("bawabaEnrolTermsAccept")}</label>
                </div>
                <#if hasError>
                    <span id="acceptTerms-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('acceptTerms'))?no_esc}</span>
                </#if>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-terms-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolAccept")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
