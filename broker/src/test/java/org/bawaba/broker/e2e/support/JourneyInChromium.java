package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's journey in headless Chromium, page after page: each page is checked for the language and direction
 * the person chose, audited by axe-core, and photographed (target/screenshots/.../journey-*.png).
 */
public final class JourneyInChromium {

    private final HeadlessChromium chromium;
    private final String language;
    private final String direction;
    private final String name;
    private int pages;

    public JourneyInChromium(HeadlessChromium chromium, String name, String language) {
        this.chromium = chromium;
        this.name = name;
        this.language = language;
        this.direction = "ar".equals(language) ? "rtl" : "ltr";
    }

    /** Waits for the page that holds {@code landmark}, then checks its language, direction and accessibility. */
    public WebElement arriveAt(String page, String landmark) {
        WebElement found = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .withMessage(() -> "expected " + page + " (" + landmark + ") at " + chromium.driver().getCurrentUrl()
                        + "\n" + chromium.driver().getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(landmark)));
        assertThat(chromium.script("return document.documentElement.lang")).as("language of %s", page).isEqualTo(language);
        assertThat(chromium.script("return getComputedStyle(document.body).direction")).as("direction of %s", page)
                .isEqualTo(direction);
        Axe.assertNoSeriousFindings(chromium, page + " (" + language + ")");
        chromium.screenshot("journey-" + name + "-" + language + "-" + String.format("%02d", ++pages) + "-" + page);
        return found;
    }

    /** Also audits what is on the page now without a new page load (an open dialog, an error shown in place). */
    public void auditInPlace(String what) {
        Axe.assertNoSeriousFindings(chromium, what + " (" + language + ")");
        chromium.screenshot("journey-" + name + "-" + language + "-" + String.format("%02d", ++pages) + "-" + what);
    }

    public void click(String css) {
        chromium.driver().findElement(By.cssSelector(css)).click();
    }

    public void type(String css, String text) {
        WebElement field = chromium.driver().findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Presses Tab until the element matching {@code css} has the focus, as a keyboard user does; fails if it is never
     * reached within {@code maxPresses}.
     */
    public void tabTo(String css, int maxPresses) {
        WebElement target = chromium.driver().findElement(By.cssSelector(css));
        for (int presses = 0; presses < maxPresses; presses++) {
            if (target.equals(chromium.driver().switchTo().activeElement())) {
                return;
            }
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(chromium.driver().switchTo().activeElement()).as("%s reached with Tab within %d presses on %s", css,
                maxPresses, chromium.driver().getCurrentUrl()).isEqualTo(target);
    }

    /** Types into whatever has the focus. */
    public void keys(CharSequence... keys) {
        new Actions(chromium.driver()).sendKeys(keys).perform();
    }

    public String focusedClass() {
        return chromium.driver().switchTo().activeElement().getDomAttribute("class");
    }
}
