package io.wirecopy.store.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSlotsTest {

    @Test
    void oneClientGetsItsShareAndNoMoreAndIsForgottenWhenDone() {
        ClientSlots slots = new ClientSlots(2);
        assertThat(slots.tryTake("10.0.0.1")).isTrue();
        assertThat(slots.tryTake("10.0.0.1")).isTrue();
        assertThat(slots.tryTake("10.0.0.1")).as("a third at once").isFalse();
        assertThat(slots.tryTake("10.0.0.2")).as("another client is not held up").isTrue();
        slots.give("10.0.0.1");
        assertThat(slots.tryTake("10.0.0.1")).isTrue();
        slots.give("10.0.0.1");
        slots.give("10.0.0.1");
        slots.give("10.0.0.2");
        assertThat(slots.clients()).isZero();
    }
}
