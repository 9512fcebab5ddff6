package org.govtechhub.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A message for one person (the notification outbox): a bundle key with its parameters, shown on
 * their home page; a mail relay can later deliver the same rows by email.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.of", query = "SELECT n FROM Notification n WHERE n.recipient = :email ORDER BY n.id DESC")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\u001f";

    private String recipient;

    @Column(name = "message_key")
    private String messageKey;

    private String parameters;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, Object... parameters) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        StringBuilder joined = new StringBuilder();
        for (Object parameter : parameters) {
            joined.append(joined.length() == 0 ? "" : SEPARATOR).append(parameter);
        }
        this.parameters = joined.toString();
    }

    public Object[] parameterValues() {
        return parameters == null || parameters.isEmpty() ? new Object[0] : parameters.split(SEPARATOR, -1);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
