package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code ./learn book} prints the files the book module renders, as this checkout's {@code book/pom.xml} names them. */
class BookProductsTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final String ASCIIDOCTOR = "/project/build/plugins/plugin[artifactId='asciidoctor-maven-plugin']/configuration/";

    @Test
    void theBookCommandNamesTheHtmlAndThePdfTheBookModuleWrites() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CHECKOUT.resolve("book/pom.xml").toFile());

        var html = value(pom, ASCIIDOCTOR + "outputDirectory") + "/"
                + value(pom, ASCIIDOCTOR + "sourceDocumentName").replaceAll("\\.adoc$", ".html");

        assertThat(Commands.Book.PRODUCTS).as("what ./learn book prints, against book/pom.xml")
                .isEqualTo(List.of(html, value(pom, "/project/properties/book.pdf")));
    }

    /** The text at that path of the pom, with the module's target folder as a path from the checkout. */
    private static String value(Document pom, String path) throws Exception {
        var text = XPathFactory.newInstance().newXPath().evaluate(path, pom).strip();
        assertThat(text).as("%s in book/pom.xml", path).isNotEmpty();
        return text.replace("${project.build.directory}", "book/target");
    }
}
