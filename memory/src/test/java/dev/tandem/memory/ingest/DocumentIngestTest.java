package dev.tandem.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.memory.store.Store;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office files, PDFs and mail through Tika, every kind the drop accepts, including broken and exploding ones. */
class DocumentIngestTest {

    @TempDir
    Path data;
    @TempDir
    Path files;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(data.resolve("tandem.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestResult ingest(Path file, Duration timeout) {
        List<IngestResult> results = new ArrayList<>();
        new Ingestor(store, 50L * 1024 * 1024, timeout).ingest(List.of(file), null, results::add, () -> false);
        return results.get(0);
    }

    @Test
    void aWordDocumentAndAPdfAreRead() throws Exception {
        Path docx = files.resolve("plan.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("The launch moves to June because of the audit.");
            document.write(out);
        }
        IngestResult word = ingest(docx, Duration.ofSeconds(30));
        assertThat(word.outcome()).as(word.reason()).isEqualTo(IngestResult.Outcome.ADDED);
        assertThat(store.documents().chunks(word.documentId()).get(0).text()).contains("launch moves to June");
        assertThat(store.documents().get(word.documentId()).mediaType()).contains("wordprocessingml");

        Path pdf = files.resolve("notes.pdf");
        try (PDDocument document = onePage("Quarterly budget review with the finance team")) {
            document.save(pdf.toFile());
        }
        IngestResult read = ingest(pdf, Duration.ofSeconds(30));
        assertThat(read.outcome()).as(read.reason()).isEqualTo(IngestResult.Outcome.ADDED);
        assertThat(store.documents().chunks(read.documentId()).get(0).text()).contains("Quarterly budget review");
    }

    @Test
    void aCorruptPdfIsAClearFailure() throws Exception {
        Path pdf = Files.write(files.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        IngestResult result = ingest(pdf, Duration.ofSeconds(30));
        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.FAILED);
        assertThat(result.reason()).isNotBlank();
        assertThat(store.documents().list()).isEmpty();
    }

    @Test
    void aZipBombIsStoppedWithAClearReason() throws Exception {
        Path bomb = files.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        IngestResult result = ingest(bomb, Duration.ofSeconds(30));
        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.FAILED);
        assertThat(result.reason()).isNotBlank();
        assertThat(store.documents().list()).isEmpty();
    }

    @Test
    void aDocumentThatTakesTooLongIsLeftOutAndTheRestGoesOn() throws Exception {
        Path docx = files.resolve("slow.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (int i = 0; i < 3_000; i++) {
                document.createParagraph().createRun().setText("Paragraph " + i + " of a long report.");
            }
            document.write(out);
        }
        IngestResult result = ingest(docx, Duration.ofMillis(1));
        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.FAILED);
        assertThat(result.reason()).contains("took longer than");
        Path text = Files.writeString(files.resolve("after.txt"), "still fine");
        assertThat(ingest(text, Duration.ofMillis(1)).outcome()).isEqualTo(IngestResult.Outcome.ADDED);
    }

    /**
     * Every family of document the drop accepts is read by the readers the app ships (no
     * BouncyCastle, the lite OOXML schemas, no maths library): the file is added and this is its text.
     */
    private String read(Path file) {
        IngestResult result = ingest(file, Duration.ofSeconds(60));
        assertThat(result.outcome()).as(file.getFileName() + ": " + result.reason())
                .isEqualTo(IngestResult.Outcome.ADDED);
        StringBuilder text = new StringBuilder();
        store.documents().chunks(result.documentId()).forEach(chunk -> text.append(chunk.text()).append('\n'));
        return text.toString();
    }

    @Test
    void aSpreadsheetWithAFormulaIsRead() throws Exception {
        Path xlsx = files.resolve("budget.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = book.createSheet("Garden budget");
            sheet.createRow(0).createCell(0).setCellValue("Seed potatoes");
            sheet.getRow(0).createCell(1).setCellValue(12.5);
            sheet.createRow(1).createCell(0).setCellValue("Compost bins");
            sheet.getRow(1).createCell(1).setCellValue(30);
            // Reading never evaluates formulas (POI would need commons-math3 for IRR, which is not shipped).
            sheet.createRow(2).createCell(1).setCellFormula("IRR(B1:B2)+SUM(B1:B2)");
            book.write(out);
        }
        assertThat(read(xlsx)).contains("Garden budget").contains("Seed potatoes").contains("Compost bins");
    }

    @Test
    void anOldExcelFileIsRead() throws Exception {
        Path xls = files.resolve("old.xls");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            book.createSheet("Rowing").createRow(0).createCell(0).setCellValue("Erg times for the winter");
            book.write(out);
        }
        assertThat(read(xls)).contains("Erg times for the winter");
    }

    @Test
    void slidesAreRead() throws Exception {
        Path pptx = files.resolve("talk.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Why the community garden needs a second water tank");
            show.write(out);
        }
        assertThat(read(pptx)).contains("second water tank");
    }

    @Test
    void aMailIsRead() throws Exception {
        Path eml = Files.writeString(files.resolve("allotment.eml"), String.join("\r\n",
                "From: Ana <ana@example.org>", "To: me@example.org", "Subject: Allotment waiting list",
                "Date: Mon, 23 Nov 2026 09:00:00 +0000", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                "", "You are third on the allotment waiting list; plots free up in March.", ""));
        assertThat(read(eml)).contains("third on the allotment waiting list");
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordIsRead() throws Exception {
        Path pdf = files.resolve("statement.pdf");
        try (PDDocument document = onePage("Pension statement for the tax year")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(pdf.toFile());
        }
        assertThat(read(pdf)).contains("Pension statement for the tax year");
    }

    /** A PDF of one page with {@code line} on it; the caller saves (and closes) it. */
    private static PDDocument onePage(String line) throws java.io.IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(line);
            content.endText();
        }
        return document;
    }
}
