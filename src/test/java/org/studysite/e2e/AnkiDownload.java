package org.studysite.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What "Download for Anki" on a deck page saves: the file's name and text. The page's way of
 * saving (a blob URL and a link with a download name) is intercepted, so no file is written.
 */
record AnkiDownload(String name, String text) {

    @SuppressWarnings("unchecked")
    static AnkiDownload click(ChromeDriver driver) {
        driver.executeScript("window.ankiSaved = null;"
                + "URL.createObjectURL = function (blob) { window.ankiBlob = blob; return 'about:blank'; };"
                + "HTMLAnchorElement.prototype.click = function () { if (this.download) window.ankiSaved = this.download; };");
        driver.findElement(By.id("deck-anki")).click();
        List<String> saved = (List<String>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "(function wait() {"
                + "  if (!window.ankiSaved) { setTimeout(wait, 20); return; }"
                + "  window.ankiBlob.text().then(function (text) { done([window.ankiSaved, text]); });"
                + "})();");
        return new AnkiDownload(saved.get(0), saved.get(1));
    }
}
