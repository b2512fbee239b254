<#-- The sandbox's sign-in: choose a fictitious person (org.bawaba.sandbox.FictitiousPersonAuthenticator). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=false; section>
<!-- template: bawaba-sandbox-person.ftl -->
    <#if section="header">
        ${msg("bawabaSandboxTitle")}
    <#elseif section="form">
        <p id="bawaba-sandbox-intro">${msg("bawabaSandboxIntro")}</p>
        <form id="bawaba-sandbox-form" action="${url.loginAction}" method="post">
            <fieldset class="bawaba-sandbox__people-set">
                <legend>${msg("bawabaSandboxPeople")}</legend>
                <ul id="bawaba-sandbox-people" class="bawaba-sandbox__people">
                <#list bawabaSandboxPeople as person>
                    <#assign levelKey = "bawabaLevel." + person.level>
                    <#assign providerKey = "bawabaIdp." + person.provider + ".name">
                    <li class="bawaba-sandbox__person">
                        <input type="radio" name="person" id="person-${person.id}" value="${person.id}"
                               <#if !person.choosable>disabled aria-describedby="person-${person.id}-why"</#if>>
                        <div class="bawaba-sandbox__who">
                            <label for="person-${person.id}">
                                <strong>${person.givenName} ${person.familyName}</strong>
                                <bdi lang="ar" dir="rtl">${person.givenNameAr} ${person.familyNameAr}</bdi>
                                <span class="bawaba-sandbox__detail bawaba-sandbox__date">${msg("bawabaSandboxBirthdate", person.birthdate)}</span>
                                <span class="bawaba-sandbox__detail">${msg(providerKey)} · ${msg(levelKey)}</span>
                            </label>
                            <#if !person.choosable>
                                <span id="person-${person.id}-why" class="bawaba-sandbox__why">${msg("bawabaSandboxBelowLevel")}</span>
                            </#if>
                        </div>
                    </li>
                </#list>
                </ul>
            </fieldset>
            <button class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit"
                    id="bawaba-sandbox-submit">${msg("bawabaSandboxSubmit")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
