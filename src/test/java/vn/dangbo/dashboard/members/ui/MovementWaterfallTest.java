package vn.dangbo.dashboard.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovementWaterfallTest {

    @Test
    void the_value_axis_starts_at_a_round_number_below_the_lowest_level_so_the_steps_can_be_seen() {
        assertThat(MovementWaterfall.axisFloor(507)).isEqualTo(450);
        assertThat(MovementWaterfall.axisFloor(2_300)).isEqualTo(2_050);
        assertThat(MovementWaterfall.axisFloor(12_345)).isEqualTo(11_000);
    }

    @Test
    void a_small_membership_is_drawn_from_zero() {
        assertThat(MovementWaterfall.axisFloor(45)).isZero();
        assertThat(MovementWaterfall.axisFloor(0)).isZero();
    }
}
