<#-- Account creation or recovery by questions: who the person is. From IdentifyStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#import "bawaba-kbq-fields.ftl" as fields>
<#import "bawaba-captcha.ftl" as captcha>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('identifier','nationalId','birthDate','identifierKind'); section>
<!-- template: bawaba-kbq-identify.ftl -->
    <#if section="header">
        ${msg("bawabaKbqIdentifyTitle." + bawabaKbqPurpose)}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-kbq-identify-intro">${msg("bawabaKbqIdentifyIntro")}</p>
        <form id="bawaba-kbq-identify-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#assign kind = (formData.identifierKind)!"REGISTRATION_NUMBER">
            <fieldset class="${properties.kcFormGroupClass!} bawaba-kbq-kind">
                <legend class="${properties.kcLabelClass!}">${msg("bawabaKbqKindLegend")}</legend>
                <div class="${properties.kcRadioClass!}">
                    <input id="identifierKind-registration" name="identifierKind" type="radio" value="REGISTRATION_NUMBER"
                           <#if kind == "REGISTRATION_NUMBER">checked</#if>/>
                    <label for="identifierKind-registration">${msg("bawabaKbqKind.REGISTRATION_NUMBER")}</label>
                </div>
                <div class="${properties.kcRadioClass!}">
                    <input id="identifierKind-employer" name="identifierKind" type="radio" value="EMPLOYER_ID"
                           <#if kind == "EMPLOYER_ID">checked</#if>/>
                    <label for="identifierKind-employer">${msg("bawabaKbqKind.EMPLOYER_ID")}</label>
                </div>
            </fieldset>
            <@fields.input name="identifier" label=msg("bawabaKbqIdentifierLabel") hint=msg("bawabaKbqIdentifierHint")
                value=(formData.identifier)!"" maxlength="64" autofocus=true/>
            <@fields.input name="nationalId" label=msg("bawabaKbqNationalIdLabel") hint=msg("bawabaKbqNationalIdHint")
                value=(formData.nationalId)!"" maxlength="32"/>
            <@fields.input name="birthDate" label=msg("bawabaKbqBirthDateLabel") hint=msg("bawabaKbqBirthDateHint")
                type="date" autocomplete="bday" value=(formData.birthDate)!"" maxlength="10"/>
            <@captcha.widget challenge=bawabaCaptcha!"" />
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-kbq-identify-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaKbqContinue")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
