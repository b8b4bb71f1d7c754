package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./learn book} prints the files the book module renders, as this checkout's {@code book/pom.xml} names them. */
class BookProductsTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();

    @Test
    void theBookCommandNamesTheHtmlAndThePdfTheBookModuleWrites() throws IOException {
        var pom = Files.readString(CHECKOUT.resolve("book/pom.xml"));

        var html = element(pom, "outputDirectory") + "/" + element(pom, "sourceDocumentName").replaceAll("\\.adoc$", ".html");

        assertThat(Commands.Book.PRODUCTS).as("what ./learn book prints, against book/pom.xml")
                .isEqualTo(List.of(html, element(pom, "book.pdf")));
    }

    /**
     * The value of the one element of that name in the pom (leaving out those that only pass
     * the property of that name on), with the module's target folder as a path from the checkout.
     */
    private static String element(String pom, String name) {
        var found = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom).results()
                .map(match -> match.group(1)).filter(value -> !value.equals("${" + name + "}")).toList();
        assertThat(found).as("<%s> elements in book/pom.xml", name).hasSize(1);
        return found.getFirst().replace("${project.build.directory}", "book/target");
    }
}
