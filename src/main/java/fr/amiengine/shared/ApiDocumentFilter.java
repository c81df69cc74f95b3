package fr.amiengine.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes every operation of the OpenAPI document, at build time, by one rule instead of annotations on each
 * resource method: a public operation says so ({@code security: []}, which is what Redocly's {@code security-defined}
 * rule accepts as a deliberate choice), and each operation lists the problem+json answers that {@link ProblemMapper}
 * really gives it — 400 for a malformed body or parameter, 401 and 403 when it needs a signed-in role, 404 when its
 * path names a campaign, a file or an id, 409 for a change refused at this stage, 413 for an upload, 422 for invalid
 * fields or a broken business rule. The answers and the {@code Problem} schema are declared once in
 * {@code META-INF/openapi.yaml}. The pages are not in the document at all ({@code mp.openapi.scan.exclude.classes}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        boolean body = operation.getRequestBody() != null;
        boolean query = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean upload = body && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
        answer(operation, "400", body || query, "BadRequest");
        answer(operation, "401", secured, "Unauthorized");
        answer(operation, "403", secured, "Forbidden");
        answer(operation, "404", path.contains("{"), "NotFound");
        // a read answers 409 only when it says so itself (a document asked for before its stage)
        answer(operation, "409", method != PathItem.HttpMethod.GET || operation.getResponses().hasAPIResponse("409"), "Conflict");
        answer(operation, "413", upload, "TooLarge");
        answer(operation, "422", body || query, "Unprocessable");
    }

    private static void answer(Operation operation, String status, boolean applies, String response) {
        if (applies) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + response));
        } else if (operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().removeAPIResponse(status);
        }
    }
}
