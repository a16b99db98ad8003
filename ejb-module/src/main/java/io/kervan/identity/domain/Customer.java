package io.kervan.identity.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A shopper with an account at one shop; the same person at another shop is another customer. */
@Entity
@Table(name = "customers")
public class Customer extends TenantOwned {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(length = 20)
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Customer() {
        // for JPA
    }

    public Customer(String email, String passwordHash, String firstName, String lastName, String phone) {
        super(UUID.randomUUID());
        this.email = EmailAddress.normalize(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.phone = phone;
        this.createdAt = Instant.now();
    }

    public boolean canSignInWith(String password) {
        return PasswordHash.matches(password, passwordHash);
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
