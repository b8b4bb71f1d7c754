package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rendered book needs nothing from the network: no font, stylesheet, icon, script or
 * picture is fetched from elsewhere, so a reader on a train sees the same book. Links to
 * sources in the prose ({@code <a href="https://...">}) are not fetched, and are allowed.
 */
class OfflineBookIT {

    @Test
    @DisplayName("No page of the book, nor a stylesheet it ships, fetches anything from the network")
    void fetchesNothingFromTheNetwork() {
        var pages = RenderedBook.pages();
        var fetched = pages.stream().flatMap(page -> RenderedBook.references(page).stream())
                .filter(RenderedBook.Reference::fetched).toList();
        var external = fetched.stream().filter(RenderedBook.Reference::external).toList();

        assertThat(external)
                .as("what the book fetches from the network (ship it with the book instead; see book/pom.xml and index.adoc's header)")
                .isEmpty();
        assertThat(fetched).as("the book's stylesheets, fonts and pictures").isNotEmpty();
        System.out.printf("Offline: %d page(s) fetch %d resources, none from the network%n", pages.size(), fetched.size());
    }
}
