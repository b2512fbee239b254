<#-- Account creation by questions, first page: what it takes, and the terms. From TermsStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout; section>
<!-- template: bawaba-kbq-terms.ftl -->
    <#if section="header">
        ${msg("bawabaKbqTermsTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-kbq-terms-intro">${msg("bawabaKbqTermsIntro")}</p>
        <ul id="bawaba-kbq-terms-points">
            <li>${msg("bawabaKbqTermsPointAnswers")}</li>
            <li>${msg("bawabaKbqTermsPointContacts")}</li>
            <li>${msg("bawabaKbqTermsPointPassword")}</li>
        </ul>
        <details id="bawaba-kbq-terms-text" class="bawaba-terms">
            <summary>${msg("bawabaKbqTermsRead", bawabaTermsVersion)}</summary>
            <div class="bawaba-terms__text">${msg("bawabaKbqTermsText")}</div>
        </details>
        <form id="bawaba-kbq-terms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign hasError = messagesPerField.existsError('acceptTerms')>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcCheckboxClass!}">
                    <input id="acceptTerms" name="acceptTerms" type="checkbox" value="on" class="${properties.kcCheckboxInputClass!}"
                           <#if hasError>aria-invalid="true" aria-describedby="acceptTerms-error"</#if>/>
                    <label for="acceptTerms" class="${properties.kcCheckboxLabelClass!}">${msg("bawabaKbqTermsAccept")}</label>
                </div>
                <#if hasError>
                    <span id="acceptTerms-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get('acceptTerms'))?no_esc}</span>
                </#if>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-kbq-terms-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaKbqContinue")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
