package org.studysite.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What "Download for Anki" on a deck page saves: the file's name and text. The page's way of
 * saving (a blob URL and a link with a download name) is intercepted, so no file is written.
 */
record AnkiDownload(String name, String text) {

    static AnkiDownload click(ChromeDriver driver) {
        return click(driver, "deck-anki");
    }

    /** What the deck page's button {@code buttonId} saves ("deck-export": the progress file). */
    @SuppressWarnings("unchecked")
    static AnkiDownload click(ChromeDriver driver, String buttonId) {
        driver.executeScript("window.ankiSaved = null;"
                + "URL.createObjectURL = function (blob) { window.ankiBlob = blob; return 'about:blank'; };"
                + "HTMLAnchorElement.prototype.click = function () { if (this.download) window.ankiSaved = this.download; };");
        if (!driver.findElement(By.id(buttonId)).isDisplayed()) {
            driver.findElement(By.cssSelector("#deck-settings summary")).click(); // the button is under "Settings, export and import"
        }
        driver.findElement(By.id(buttonId)).click();
        List<String> saved = (List<String>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "(function wait() {"
                + "  if (!window.ankiSaved) { setTimeout(wait, 20); return; }"
                + "  window.ankiBlob.text().then(function (text) { done([window.ankiSaved, text]); });"
                + "})();");
        return new AnkiDownload(saved.get(0), saved.get(1));
    }
}
