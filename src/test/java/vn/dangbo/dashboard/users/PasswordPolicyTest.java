package vn.dangbo.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ngan-qua     | password.error.too-short",
            "'            ' | password.error.repeated",
            "aaaaaaaaaaaaaaa | password.error.repeated",
            "vanphong-2026-ok | password.error.username",
            "VANPHONG.hainam! | password.error.username",
            "matkhau123456 | password.error.common",
            "Matkhau@2026!! | password.error.common",
            "123456789012 | password.error.common",
            "Password12345 | password.error.common",
            "dangvien-2025-! | password.error.common"})
    void a_weak_password_is_refused_naming_the_rule_it_breaks(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("vanphong", password)).isInstanceOf(UserException.class)
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lúa chín vàng đồng quê", "Sông Hồng chảy qua 3 tỉnh", "k7#Qm2!xW9zr",
            "một câu rất dài để nhớ mật khẩu của chi bộ xóm năm, không ai đoán được"})
    void a_long_passphrase_or_a_random_password_is_welcome(String password) {
        assertThatCode(() -> PasswordPolicy.check("vanphong", password)).doesNotThrowAnyException();
    }
}
