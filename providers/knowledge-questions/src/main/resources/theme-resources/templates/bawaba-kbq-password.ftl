<#-- Account creation by questions, last page: the password, then the account. From CreateAccountStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#import "bawaba-kbq-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
<!-- template: bawaba-kbq-password.ftl -->
    <#if section="header">
        ${msg("bawabaKbqPasswordTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-kbq-password-intro">${msg("bawabaKbqPasswordIntro")}</p>
        <form id="bawaba-kbq-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <@fields.input name="password-new" label=msg("bawabaKbqPasswordLabel") hint=msg("bawabaKbqPasswordHint")
                type="password" autocomplete="new-password" maxlength="128" autofocus=true/>
            <@fields.input name="password-confirm" label=msg("bawabaKbqPasswordConfirmLabel")
                type="password" autocomplete="new-password" maxlength="128"/>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-kbq-password-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaKbqSave")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
