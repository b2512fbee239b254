<#-- Type and confirm an email address or a mobile number: enrolment, or a signed-in person replacing theirs
     (bawabaReplacing). From org.bawaba.otp.contact.ContactVerification. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<@layout.registrationLayout; section>
<!-- template: bawaba-contact.ftl -->
    <#if section="header">
        <#if bawabaReplacing>${msg("bawabaContactNewTitle." + bawabaChannel)}<#else>${msg("bawabaContactTitle." + bawabaChannel)}</#if>
    <#elseif section="form">
        <@progress.bar/>
        <#assign inputType = (bawabaChannel == "email")?then("email", "tel")>
        <#assign autocomplete = (bawabaChannel == "email")?then("email", "tel")>
        <form id="bawaba-contact-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <div class="${properties.kcFormGroupClass!}">
                <label for="contact" class="${properties.kcLabelClass!}">
                    <span class="${properties.kcFormLabelTextClass!}"><#if bawabaReplacing>${msg("bawabaContactNewLabel." + bawabaChannel)}<#else>${msg("bawabaContactLabel." + bawabaChannel)}</#if></span>
                </label>
                <span class="${properties.kcInputClass!}">
                    <input id="contact" name="contact" type="${inputType}" autocomplete="${autocomplete}" dir="ltr"
                           value="${bawabaContact}" autofocus aria-describedby="bawaba-contact-hint"/>
                </span>
                <div id="bawaba-contact-hint" class="${properties.kcFormHelperTextClass!}">${msg("bawabaContactHint." + bawabaChannel)}</div>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <label for="contactConfirm" class="${properties.kcLabelClass!}">
                    <span class="${properties.kcFormLabelTextClass!}"><#if bawabaReplacing>${msg("bawabaContactNewConfirmLabel." + bawabaChannel)}<#else>${msg("bawabaContactConfirmLabel." + bawabaChannel)}</#if></span>
                </label>
                <span class="${properties.kcInputClass!}">
                    <input id="contactConfirm" name="contactConfirm" type="${inputType}" autocomplete="off" dir="ltr"/>
                </span>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-contact-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaContactSubmit")}</button>
                    <#if isAppInitiatedAction??>
                        <button id="bawaba-contact-cancel" name="cancel-aia" value="true" type="submit" formnovalidate
                                class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaContactCancel")}</button>
                    </#if>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
