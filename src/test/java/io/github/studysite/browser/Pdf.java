package io.github.studysite.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A page printed by Chromium to PDF, as a person's Print would: A4, the stylesheet's own 12 mm margins, backgrounds
 * as the print stylesheet asks. PDFBox counts its pages, reads its text and renders a page to a picture.
 *
 * @param bytes the PDF
 */
public record Pdf(byte[] bytes) {

    /** A4 in centimetres, with print.css's margins. */
    private static final double A4_HEIGHT = 29.7;
    private static final double A4_WIDTH = 21.0;
    private static final double MARGIN = 1.2;

    /** Prints what the driver shows. */
    public static Pdf print(ChromeDriver driver) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(A4_HEIGHT, A4_WIDTH));
        options.setPageMargin(new PageMargin(MARGIN, MARGIN, MARGIN, MARGIN));
        options.setBackground(true);
        return new Pdf(Base64.getDecoder().decode(driver.print(options).getContent()));
    }

    public int pages() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, as PDFBox extracts it (what a reader can copy, so real glyphs, not pictures). */
    public String text() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest size of any visible glyph, in pt, as PDFBox reads it (font size times the text matrix). */
    public double smallestGlyphPt() {
        double[] smallest = {Double.MAX_VALUE};
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return smallest[0];
    }

    /** Page {@code index} (0-based) as a PNG at {@code dpi}. */
    public void png(int index, int dpi, Path file) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, dpi);
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
