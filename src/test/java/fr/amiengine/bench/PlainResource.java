package fr.amiengine.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The yardstick of {@link PanoramaLoadBenchmark}: a plain Quarkus endpoint of the same application (same HTTP stack,
 * same filters, no database), present only in the test application.
 */
@Path("/bench/plain")
@PermitAll
public class PlainResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String plain() {
        return "ok";
    }
}
