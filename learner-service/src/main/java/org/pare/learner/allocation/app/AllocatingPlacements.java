package org.pare.learner.allocation.app;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.pare.learner.allocation.domain.AllocationFile;
import org.pare.learner.allocation.domain.AllocationRow;
import org.pare.learner.allocation.domain.RowProblem;
import org.pare.learner.allocation.domain.Upload;
import org.pare.learner.allocation.persistence.UploadRepository;
import org.pare.learner.placement.app.PlacingLearners;

/**
 * A university's placement admin uploads allocations: the file is validated as a whole, then every row is
 * applied in one transaction with its events, or nothing is. Applying the same file again changes nothing.
 */
@Singleton
public class AllocatingPlacements {
    private final TransactionOperations<Connection> transactions;
    private final AllocationRowApplier applier;
    private final UploadRepository uploads;

    public AllocatingPlacements(
            TransactionOperations<Connection> transactions, AllocationRowApplier applier, UploadRepository uploads) {
        this.transactions = transactions;
        this.applier = applier;
        this.uploads = uploads;
    }

    public UploadReport allocate(UUID university, String uploadedBy, byte[] content) {
        AllocationFile file = AllocationCsv.read(new String(content, StandardCharsets.UTF_8));
        if (!file.valid()) {
            throw new InvalidAllocationException(file.problems());
        }
        return transactions.executeWrite(status -> apply(university, uploadedBy, sha256(content), file));
    }

    private UploadReport apply(UUID university, String uploadedBy, String sha256, AllocationFile file) {
        AllocationRowApplier.Tally tally = new AllocationRowApplier.Tally();
        List<UploadReport.RowOutcome> outcomes = new ArrayList<>();
        for (AllocationRow row : file.rows()) {
            try {
                PlacingLearners.Placed placed = applier.apply(university, row, tally);
                outcomes.add(new UploadReport.RowOutcome(
                        row.line(),
                        placed.placement().id().value(),
                        placed.outcome().name()));
            } catch (PlacingLearners.NotYourPlacementException e) {
                tally.refused(new RowProblem(row.line(), e.getMessage()));
            }
        }
        if (!tally.refusals().isEmpty()) {
            // Thrown inside the transaction, so the rows already applied roll back.
            throw new InvalidAllocationException(tally.refusals());
        }
        Upload upload = tally.toUpload(
                UUID.randomUUID(), university, uploadedBy, sha256, file.rows().size(), Instant.now());
        uploads.insert(upload);
        return new UploadReport(upload, outcomes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
