package org.govtechhub.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message-bundle key and its parameters, so the page shows a
 * translated, specific reason; rolls the use case's transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] parameters;

    public BusinessException(String messageKey, Object... parameters) {
        super(messageKey + Arrays.toString(parameters));
        this.messageKey = messageKey;
        this.parameters = parameters.clone();
    }

    /** The record with this id does not exist (any more), or is not the caller's to see. */
    public static BusinessException notFound(Object id) {
        return new BusinessException("error.notFound", id);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getParameters() {
        return parameters.clone();
    }
}
