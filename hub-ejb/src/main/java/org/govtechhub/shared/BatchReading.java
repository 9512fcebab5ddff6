package org.govtechhub.shared;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads every relationship in batches: when a query returns rows whose associations (a challenge's department, a
 * cohort's programme and phases, a person's roles…) are read next, EclipseLink reads them for all those rows in one
 * {@code WHERE id IN (…)} statement instead of one statement a row. A page of twenty challenges costs a handful of
 * statements however many cohorts and departments there are, and no page's statement count grows with the data.
 * <p>
 * One rule for every mapping, present and future, instead of an annotation on each: registered as
 * {@code eclipselink.session.customizer} in persistence.xml. IN batching (not JOIN or EXISTS) keeps paged queries
 * correct: it reuses the ids of the rows read, never the original query.
 */
public class BatchReading implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping reference && reference.getBatchFetchType() == null) {
                    reference.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
