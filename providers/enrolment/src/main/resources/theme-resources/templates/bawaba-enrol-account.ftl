<#-- Account creation with a chip e-ID, last page: the chip data read-only, the login and the email address proved;
     "Send" creates the account and mails a temporary password. From ChipAccountStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#import "bawaba-enrol-identity.ftl" as identity>
<@layout.registrationLayout; section>
<!-- template: bawaba-enrol-account.ftl -->
    <#if section="header">
        ${msg("bawabaEnrolAccountTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-enrol-account-intro">${msg("bawabaEnrolAccountIntro")}</p>
        <@identity.rows/>
        <dl class="bawaba-identity__rows" id="bawaba-enrol-account-access">
            <div class="bawaba-identity__row">
                <dt>${msg("bawabaEnrolLogin")}</dt>
                <dd><bdi dir="ltr" id="bawaba-enrol-login">${bawabaEnrolLogin}</bdi></dd>
            </div>
            <div class="bawaba-identity__row">
                <dt>${msg("bawabaEnrolEmail")}</dt>
                <dd><bdi dir="ltr" id="bawaba-enrol-email">${bawabaEnrolEmail}</bdi></dd>
            </div>
        </dl>
        <p id="bawaba-enrol-account-password">${msg("bawabaEnrolAccountPassword")}</p>
        <form id="bawaba-enrol-account-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-enrol-account-send" name="create" value="true" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolSend")}</button>
                    <button id="bawaba-enrol-leave" name="leave" value="true" type="submit"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaEnrolLeave")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
