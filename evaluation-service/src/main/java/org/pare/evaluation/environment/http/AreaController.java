package org.pare.evaluation.environment.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.environment.domain.AreaDetails;
import org.pare.evaluation.environment.persistence.EnvironmentRepository;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.evaluation.shared.http.Caller;

/** The learning environments of the lead's trust; the lead may correct an area's details. Others' areas are 404. */
@Controller("/api/areas")
@Secured("EDUCATION_LEAD")
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaController {
    private final EnvironmentRepository places;

    AreaController(EnvironmentRepository places) {
        this.places = places;
    }

    @Serdeable
    record AreaView(
            UUID id,
            String name,
            UUID siteId,
            String siteName,
            List<String> professionGroups,
            String contact,
            Integer capacity) {
        static AreaView of(EnvironmentRepository.Area a) {
            var d = a.details();
            return new AreaView(
                    a.id(), d.name(), a.siteId(), a.siteName(), d.professionGroups(), d.contact(), d.capacity());
        }
    }

    @Serdeable
    record AreaRequest(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 30) List<@NotBlank @Size(max = 80) String> professionGroups,
            @Nullable @Size(max = 300) String contact,
            @Nullable @Min(0) Integer capacity) {}

    @Get
    @Transactional(readOnly = true)
    List<AreaView> areas(Authentication me) {
        return places.areasOfTrust(Caller.of(me).trustOfLead()).stream()
                .map(AreaView::of)
                .toList();
    }

    @Put("/{id}")
    @Transactional
    AreaView edit(Authentication me, UUID id, @Body @Valid AreaRequest r) {
        UUID trust = Caller.of(me).trustOfLead();
        places.areaOfTrust(id, trust).orElseThrow(() -> Refusal.notFound("area"));
        places.update(id, new AreaDetails(r.name(), r.professionGroups(), r.contact(), r.capacity()));
        return places.areaOfTrust(id, trust).map(AreaView::of).orElseThrow();
    }
}
