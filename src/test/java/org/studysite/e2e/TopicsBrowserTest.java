package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The topic index from file://: the filter box narrows topics as you type; a place opens its section. */
class TopicsBrowserTest extends FixtureSiteInChromium {

    private List<WebElement> visibleTopics() {
        return driver.findElements(By.cssSelector(".topic-list > div")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void filterKeepsMatchingTopicsAndALinkLandsOnTheHeading() {
        driver.get(site.out().resolve("topics.html").toUri().toString());
        int all = visibleTopics().size();
        assertTrue(all > 20, "every topic shows at first: " + all);
        driver.findElement(By.id("topic-filter")).sendKeys("model monitor");
        List<WebElement> shown = visibleTopics();
        assertTrue(!shown.isEmpty() && shown.size() < all, shown.size() + " of " + all);
        assertTrue(shown.stream().allMatch(t -> t.getText().toLowerCase().contains("monitor")), "only matching topics");
        assertEquals(shown.size() + " of " + all + " topics", driver.findElement(By.id("topic-count")).getText());
        assertTrue(driver.findElements(By.cssSelector(".topic-letter")).stream()
                .allMatch(l -> l.isDisplayed() == l.findElements(By.cssSelector(".topic-list > div")).stream().anyMatch(WebElement::isDisplayed)),
                "a letter shows only while it has a topic shown");

        driver.findElement(By.cssSelector(".topic-list dd a[href$='#77-sagemaker-model-monitor']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("notes/ops/monitoring.html#77-sagemaker-model-monitor"), driver.getCurrentUrl());
        Object top = driver.executeScript("return document.getElementById('77-sagemaker-model-monitor').getBoundingClientRect().top");
        assertTrue(((Number) top).doubleValue() >= -1 && ((Number) top).doubleValue() < 300, "heading in view: " + top);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
