package org.pare.learner.allocation.app;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.allocation.domain.Upload;
import org.pare.learner.allocation.persistence.UploadRepository;

/** An admin reads the audit of their university's uploads; another university's upload is not found. */
@Singleton
public class ReadingUploads {
    private final TransactionOperations<Connection> transactions;
    private final UploadRepository uploads;

    public ReadingUploads(TransactionOperations<Connection> transactions, UploadRepository uploads) {
        this.transactions = transactions;
        this.uploads = uploads;
    }

    public List<Upload> latest(UUID university) {
        return transactions.executeRead(status -> uploads.latest(university, 50));
    }

    public Optional<Upload> upload(UUID uploadId, UUID university) {
        return transactions.executeRead(status -> uploads.find(uploadId, university));
    }
}
