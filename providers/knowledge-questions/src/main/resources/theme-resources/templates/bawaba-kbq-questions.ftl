<#-- Account creation or recovery by questions: the questions checked by the registry. From AnswerStep. -->
<#import "template.ftl" as layout>
<#import "bawaba-progress.ftl" as progress>
<#import "bawaba-kbq-fields.ftl" as fields>
<@layout.registrationLayout; section>
<!-- template: bawaba-kbq-questions.ftl -->
    <#if section="header">
        ${msg("bawabaKbqQuestionsTitle")}
    <#elseif section="form">
        <@progress.bar/>
        <p id="bawaba-kbq-questions-notice">${msg("bawabaKbqQuestionsNotice")}</p>
        <form id="bawaba-kbq-questions-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate>
            <#list bawabaKbqQuestions as question>
                <@fields.input name=question label=msg("bawabaKbqQuestion." + question) hint=msg("bawabaKbqQuestionHint." + question)
                    inputmode=(question == "BANK_ACCOUNT_LAST8")?then("numeric", "") maxlength="64" autofocus=(question?index == 0)/>
            </#list>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="bawaba-kbq-questions-submit" type="submit"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("bawabaKbqValidate")}</button>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
