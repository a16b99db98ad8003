package io.kervan.identity.application;

public record NewCustomer(String email, String password, String firstName, String lastName, String phone) {
}
