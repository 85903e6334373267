package org.pare.learner.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fixed instance per event type: what the golden JSON samples under resources/samples hold. */
final class EventSamples {
    static final UUID PLACEMENT = UUID.fromString("7d1f5c2e-3b4a-4e8f-9a10-1b2c3d4e5f60");
    static final UUID LEARNER = UUID.fromString("0a8b6c4d-2e1f-4a3b-8c5d-6e7f8091a2b3");
    static final UUID UNIVERSITY = UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
    static final UUID TRUST = UUID.fromString("1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506");
    static final UUID SITE = UUID.fromString("2c3d4e5f-6071-4829-9ab1-c2d3e4f50617");
    static final UUID AREA = UUID.fromString("3d4e5f60-7182-493a-abc2-d3e4f5061728");
    static final UUID SUPERVISOR_1 = UUID.fromString("4e5f6071-8293-4a4b-bcd3-e4f506172839");
    static final UUID SUPERVISOR_2 = UUID.fromString("5f607182-93a4-4b5c-cde4-f5061728394a");
    static final UUID ASSESSOR = UUID.fromString("60718293-a4b5-4c6d-def5-061728394a5b");
    static final UUID ACADEMIC = UUID.fromString("718293a4-b5c6-4d7e-ef06-1728394a5b6c");
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate END = LocalDate.of(2026, 3, 27);

    private EventSamples() {}

    static PlacementAllocated placementAllocated() {
        return new PlacementAllocated(
                PLACEMENT,
                LEARNER,
                UNIVERSITY,
                TRUST,
                "Northfield NHS Trust",
                SITE,
                "Northfield General",
                AREA,
                "Ward 7 (Acute Medicine)",
                "ADULT_NURSING",
                START,
                END,
                List.of(SUPERVISOR_1, SUPERVISOR_2),
                ASSESSOR,
                ACADEMIC);
    }

    static PlacementChanged placementChanged() {
        return new PlacementChanged(
                PLACEMENT,
                LEARNER,
                UNIVERSITY,
                TRUST,
                "Northfield NHS Trust",
                SITE,
                "Northfield General",
                AREA,
                "Ward 7 (Acute Medicine)",
                "ADULT_NURSING",
                START,
                END.plusWeeks(2),
                List.of(SUPERVISOR_2),
                ASSESSOR,
                ACADEMIC);
    }

    static PlacementCompleted placementCompleted() {
        return new PlacementCompleted(PLACEMENT, LEARNER, UNIVERSITY, AREA, START, END);
    }

    static PersonRegistered personRegistered() {
        return new PersonRegistered(LEARNER, "s1234567", "Ada Lovelace", "ada.lovelace@uni.example", "ADULT_NURSING");
    }

    static PersonChanged personChanged() {
        return new PersonChanged(LEARNER, "s1234567", "Ada King", "ada.king@uni.example", "ADULT_NURSING");
    }
}
