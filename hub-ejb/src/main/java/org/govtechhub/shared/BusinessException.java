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

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getParameters() {
        return parameters.clone();
    }
}
