package org.studysite.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.studysite.testing.SiteHarness;

/**
 * Prints a page with Chromium's own print-to-PDF (A4, backgrounds on) and reads the result with
 * PDFBox. As a program it builds a vault, prints its #exam-tip cheat sheet (its first printable part when
 * it comes in parts) once its places are filled in, and reports the pages:
 * {@code CheatSheetPdf <vault> <out dir> <pdf file>}; the output folder must not be in the vault.
 */
final class CheatSheetPdf {
    private CheatSheetPdf() {
    }

    /** The page open in {@code driver} (a tag's sheet with its places filled in) as Chromium prints it. */
    static byte[] printLoaded(ChromeDriver driver) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        options.setBackground(true);
        return Base64.getDecoder().decode(driver.print(options).getContent());
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: CheatSheetPdf <vault> <out dir> <pdf file>");
        Chromium.assumeInstalled();
        SiteHarness site = SiteHarness.build(Path.of(args[0]), Path.of(args[1]));
        if (!site.report().written()) throw new IllegalStateException("build failed: " + site.report().diagnostics());
        ChromeDriver driver = Chromium.start(Files.createTempDirectory("cheatsheet-chromium"));
        try {
            Path part = site.out().resolve("cheatsheets/exam-tip.1.html");
            driver.get((Files.exists(part) ? part : site.out().resolve("cheatsheets/exam-tip.html")).toUri().toString());
            new WebDriverWait(driver, Duration.ofMinutes(2)).until(d -> d.findElement(By.cssSelector(".cheatsheet-status")).getText()
                    .matches("All .* ready to print\\.|.* the others are links to their notes\\."));
            byte[] pdf = printLoaded(driver);
            Files.write(Path.of(args[2]), pdf);
            System.out.println(args[0] + ": #exam-tip cheat sheet, " + pages(pdf) + " pages -> " + args[2]);
        } finally {
            driver.quit();
        }
    }
}
