package org.govtechhub.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who uses the hub: a program manager, a civil servant, a founder, a mentor, a juror...
 * Owns its password policy; failed sign-ins are throttled per account and client address by {@link SignInThrottle}.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byEmail", query = "SELECT p FROM Person p WHERE p.email = :email")
@NamedQuery(name = "Person.active", query = "SELECT p FROM Person p WHERE p.active = TRUE ORDER BY p.fullName, p.id")
@NamedQuery(name = "Person.withRole", query = "SELECT p FROM Person p JOIN p.roles r WHERE p.active = TRUE AND r = :role ORDER BY p.fullName, p.id")
@NamedQuery(name = "Person.membersWithRole", query = "SELECT p FROM Person p JOIN p.roles r WHERE p.active = TRUE AND r = :role "
        + "AND p.organisation = :organisation ORDER BY p.fullName, p.id")
public class Person extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Set<String> LANGUAGES = Set.of("en", "ru");
    /** The longest e-mail address (RFC 5321's path limit); the forms that take one say so before anything is looked up. */
    public static final int EMAIL_MAX = 254;
    /** The longest name. */
    public static final int NAME_MAX = 200;

    /** The domain of the addresses anonymised people get: reserved (RFC 2606), so no mail ever reaches anyone. */
    static final String ANONYMISED_DOMAIN = "@anonymised.invalid";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name")
    private String fullName;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    private String email;

    @Size(max = 200)
    private String position;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Pattern(regexp = "en|ru")
    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /** Accounts made by an administrator are verified; a self-registered citizen is not until the mailed link is opened. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    protected Person() {
        // for JPA and for forms
    }

    public Person(String fullName, String email, Organisation organisation, Set<Role> roles) {
        this.fullName = fullName;
        setEmail(email);
        this.organisation = organisation;
        setRoles(roles);
    }

    /** A citizen who registered themselves: they cannot sign in until they open the verification link. */
    public static Person selfRegisteredCitizen(String fullName, String email) {
        Person citizen = new Person(fullName == null ? null : fullName.strip(), email, null, EnumSet.of(Role.CITIZEN));
        citizen.emailVerified = false;
        return citizen;
    }

    /** The person opened the verification link sent to their address. */
    public void verifyEmail() {
        emailVerified = true;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public static Person blank() {
        return new Person();
    }

    /** Sets a new password after checking the policy (12 to 128 characters, any characters). */
    public void changePassword(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_LENGTH) {
            throw new BusinessException("password.tooShort", PasswordHasher.MIN_LENGTH);
        }
        if (password.length > PasswordHasher.MAX_LENGTH) {
            throw new BusinessException("password.tooLong", PasswordHasher.MAX_LENGTH);
        }
        passwordHash = PasswordHasher.hash(password);
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    /** Checks a password; the right one is the person's last sign-in. */
    public boolean checkPassword(char[] password, LocalDateTime now) {
        boolean matches = PasswordHasher.verify(password, passwordHash);
        if (matches) {
            lastLoginAt = now;
        }
        return matches;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        if (isAnonymised()) {
            throw new BusinessException("person.anonymised");
        }
        active = true;
    }

    /**
     * The person left: name, address, position, language, roles and password go for good; the records that must
     * stay (scores, certificates, applications…) keep pointing at this row, which now names nobody. The name becomes
     * "#" and the id, in no language; the address one at a reserved domain that cannot receive mail.
     */
    public void anonymise() {
        if (isAnonymised()) {
            throw new BusinessException("person.anonymised");
        }
        fullName = "#" + getId();
        email = "anonymised-" + getId() + ANONYMISED_DOMAIN;
        position = null;
        preferredLocale = null;
        lastLoginAt = null;
        passwordHash = null;
        emailVerified = false;
        roles.clear();
        active = false;
    }

    public boolean isAnonymised() {
        return email != null && email.endsWith(ANONYMISED_DOMAIN);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Locale locale() {
        return preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale);
    }

    public void preferLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new BusinessException("person.languageUnsupported", language);
        }
        preferredLocale = language;
    }

    @Override
    protected String auditSummary() {
        return email + " " + new TreeSet<>(roles) + (active ? "" : " (inactive)");
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public final void setEmail(String email) {
        this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public final void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
