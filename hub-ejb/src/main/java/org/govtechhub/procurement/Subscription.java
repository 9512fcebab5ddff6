package org.govtechhub.procurement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

/** A person's alert for a category: they are told of every opportunity published in it. */
@Entity
@Table(name = "procurement_subscription")
@NamedQuery(name = "Subscription.ofEmail", query = "SELECT s FROM Subscription s WHERE s.email = :email")
@NamedQuery(name = "Subscription.ofCategory", query = "SELECT s FROM Subscription s WHERE s.category = :category ORDER BY s.id")
public class Subscription extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String email;

    @Enumerated(EnumType.STRING)
    private Category category;

    protected Subscription() {
    }

    public Subscription(String email, Category category) {
        this.email = email;
        this.category = category;
    }

    public String getEmail() {
        return email;
    }

    public Category getCategory() {
        return category;
    }
}
