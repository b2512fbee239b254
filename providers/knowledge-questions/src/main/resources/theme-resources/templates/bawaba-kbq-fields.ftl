<#-- Form fields of the account creation and recovery by questions: label, hint, error announced and tied to the input. -->
<#macro input name label hint="" type="text" inputmode="" autocomplete="off" dir="ltr" value="" maxlength="64" autofocus=false>
    <#assign hasError = messagesPerField.existsError(name)>
    <div class="${properties.kcFormGroupClass!}">
        <label for="${name}" class="${properties.kcLabelClass!}">
            <span class="${properties.kcFormLabelTextClass!}">${label}</span>
        </label>
        <span class="${properties.kcInputClass!} <#if hasError>${properties.kcError!}</#if>">
            <input id="${name}" name="${name}" type="${type}" value="${value}" dir="${dir}" maxlength="${maxlength}"
                   autocomplete="${autocomplete}" <#if inputmode?has_content>inputmode="${inputmode}"</#if>
                   <#if autofocus>autofocus</#if>
                   aria-describedby="<#if hint?has_content>${name}-hint</#if><#if hasError> ${name}-error</#if>"
                   <#if hasError>aria-invalid="true"</#if>/>
        </span>
        <#if hint?has_content>
            <div id="${name}-hint" class="${properties.kcFormHelperTextClass!}">${hint}</div>
        </#if>
        <#if hasError>
            <span id="${name}-error" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${kcSanitize(messagesPerField.get(name))?no_esc}</span>
        </#if>
    </div>
</#macro>
