package fr.amiengine.workflow;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ProblemMapper;
import fr.amiengine.shared.Problems;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The engine's own concurrency guard: when a request and a timer (or two requests) move the same process at
 * once, the engine refuses the second; the caller gets the same French 409 as for our tables.
 */
public class WorkflowConflictMapper {

    private static final Logger LOG = Logger.getLogger(WorkflowConflictMapper.class);

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response concurrentProcessChange(OptimisticLockingException e, UriInfo uri) {
        LOG.warnf("Modification concurrente d’un processus sur %s\u00a0: %s", uri.getPath(), e.getMessage());
        return problems.respond(409, AmiException.Kind.CONFLICT.title, ProblemMapper.CONCURRENT_CHANGE, List.of());
    }
}
