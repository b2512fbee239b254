<#-- Identity-provider chooser (org.bawaba.federation.chooser.IdentityProviderChooser). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=true; section>
<!-- template: bawaba-chooser.ftl -->
    <#if section="header">
        ${msg("bawabaChooserTitle")}
    <#elseif section="form">
        <p id="bawaba-chooser-intro">${msg("bawabaChooserIntro")}</p>
        <#if bawabaRequestedLevel?has_content>
            <p id="bawaba-chooser-level" class="bawaba-chooser-level">${msg("bawabaChooserRequestedLevel", msg("bawabaLevel." + bawabaRequestedLevel))}</p>
        </#if>
        <form id="bawaba-chooser-form" action="${url.loginAction}" method="post">
            <ul class="bawaba-tiles" role="list">
                <#list bawabaTiles as tile>
                    <#assign nameKey = "bawabaIdp." + tile.alias + ".name">
                    <#assign name = (msg(nameKey) != nameKey)?then(msg(nameKey), tile.displayName)>
                    <#assign needsKey = "bawabaIdp." + tile.alias + ".needs">
                    <li class="bawaba-tile<#if !tile.usable> bawaba-tile--disabled</#if><#if tile.lastUsed> bawaba-tile--last</#if>" id="bawaba-tile-${tile.alias}">
                        <button type="submit" name="provider" value="${tile.alias}" class="bawaba-tile__choose"
                                id="bawaba-choose-${tile.alias}" aria-describedby="bawaba-tile-${tile.alias}-about"
                                <#if !tile.usable>disabled aria-disabled="true"</#if>>
                            <img class="bawaba-tile__logo" src="${url.resourcesPath}/img/bawaba-idp-${tile.alias}.svg" alt="" onerror="this.hidden=true"/>
                            <span class="bawaba-tile__name">${name}</span>
                        </button>
                        <div class="bawaba-tile__about" id="bawaba-tile-${tile.alias}-about">
                            <#if tile.level?has_content><span class="bawaba-badge">${msg("bawabaLevel." + tile.level)}</span></#if>
                            <#if tile.status == "beta"><span class="bawaba-badge bawaba-badge--beta">${msg("bawabaChooserBeta")}</span></#if>
                            <#if tile.lastUsed><span class="bawaba-badge bawaba-badge--last">${msg("bawabaChooserLastUsed")}</span></#if>
                            <#if !tile.usable>
                                <#-- An operator's own notice (realm localization, e.g. a maintenance window) replaces the generic one. -->
                                <#assign noticeKey = "bawabaIdp." + tile.alias + ".unavailable">
                                <#assign why = (tile.disabledWhy == "bawabaChooserUnavailable" && msg(noticeKey) != noticeKey)?then(msg(noticeKey), msg(tile.disabledWhy))>
                                <span class="bawaba-tile__why">${why}</span>
                            </#if>
                        </div>
                        <button type="button" class="bawaba-tile__help" aria-haspopup="dialog"
                                aria-controls="bawaba-dialog-${tile.alias}" data-dialog="bawaba-dialog-${tile.alias}">
                            ${msg("bawabaChooserWhich")}
                        </button>
                        <dialog id="bawaba-dialog-${tile.alias}" class="bawaba-dialog" aria-labelledby="bawaba-dialog-${tile.alias}-title">
                            <h2 id="bawaba-dialog-${tile.alias}-title">${name}</h2>
                            <p>${msg("bawabaChooserYouNeed")}</p>
                            <p class="bawaba-dialog__needs">${(msg(needsKey) != needsKey)?then(msg(needsKey), "")}</p>
                            <button type="button" class="bawaba-dialog__close" data-close>${msg("bawabaChooserClose")}</button>
                        </dialog>
                    </li>
                </#list>
            </ul>
            <#if bawabaEnrolment?has_content>
                <section class="bawaba-enrol" aria-labelledby="bawaba-enrol-title">
                    <h2 id="bawaba-enrol-title" class="bawaba-enrol__title">${msg("bawabaChooserNoAccount")}</h2>
                    <#list bawabaEnrolment as alias>
                        <#assign enrolNameKey = "bawabaIdp." + alias + ".name">
                        <button type="submit" name="enrol" value="${alias}" id="bawaba-enrol-${alias}"
                                class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">
                            ${msg("bawabaChooserCreateAccount")}<#if bawabaEnrolment?size gt 1> (${msg(enrolNameKey)})</#if>
                        </button>
                    </#list>
                </section>
            </#if>
        </form>
        <script>
            (function () {
                document.querySelectorAll("[data-dialog]").forEach(function (opener) {
                    var dialog = document.getElementById(opener.getAttribute("data-dialog"));
                    opener.addEventListener("click", function () { dialog.showModal(); });
                    dialog.querySelector("[data-close]").addEventListener("click", function () {
                        dialog.close();
                        opener.focus();
                    });
                });
            })();
        </script>
    <#elseif section="info">
        <form id="bawaba-cancel-form" action="${url.loginAction}" method="post">
            <button type="submit" name="cancel" value="true" id="bawaba-cancel" class="bawaba-cancel">${msg("bawabaChooserCancel")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
