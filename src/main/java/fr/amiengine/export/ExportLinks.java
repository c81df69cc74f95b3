package fr.amiengine.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the administrators' pages show beside the export links: the number of lines of each export. Templates read
 * it as {@code inject:exportLinks}, so that the page of another feature links to the exports without depending on
 * this package.
 */
@Named("exportLinks")
@ApplicationScoped
public class ExportLinks {

    @Inject
    ExportService exports;

    public ExportService.Sizes sizes(String code) {
        return exports.sizes(code);
    }
}
