package vn.dangbo.dashboard.members;

/**
 * A member's ethnicity (dân tộc): the 54 recognised ethnic groups in the order of the statistical form on members by
 * ethnicity and religion (4-BTCTW), then "Quốc tịch gốc nước ngoài" (row 55: foreign-born members naturalised) and
 * "Dân tộc khác" (row 56). Each keeps its name as the form writes it: a proper name, the same in either language.
 */
public enum Ethnicity {
    KINH("Kinh"), TAY("Tày"), THAI("Thái"), HOA("Hoa"), KHMER("Khơ-me"), MUONG("Mường"), NUNG("Nùng"), HMONG("Mông"),
    DAO("Dao"), GIA_RAI("Gia-rai"), E_DE("Ê-đê"), NGAI("Ngái"), BA_NA("Ba-na"), XO_DANG("Xơ-đăng"),
    SAN_CHAY("Sán Chay"), CO_HO("Cơ-ho"), CHAM("Chăm"), SAN_DIU("Sán Dìu"), HRE("Hrê"), MNONG("Mnông"),
    RAGLAI("Ra-glai"), XTIENG("Xtiêng"), BRU_VAN_KIEU("Bru-Vân Kiều"), THO("Thổ"), GIAY("Giáy"), CO_TU("Cơ-tu"),
    GIE_TRIENG("Giẻ-Triêng"), MA("Mạ"), KHO_MU("Khơ-mú"), CO("Co"), TA_OI("Tà-ôi"), CHO_RO("Chơ-ro"),
    KHANG("Kháng"), XINH_MUN("Xinh-mun"), HA_NHI("Hà Nhì"), CHU_RU("Chu-ru"), LAO("Lào"), LA_CHI("La Chí"),
    LA_HA("La Ha"), PHU_LA("Phù Lá"), LA_HU("La Hủ"), LU("Lự"), LO_LO("Lô Lô"), CHUT("Chứt"), MANG("Mảng"),
    PA_THEN("Pà Thẻn"), CO_LAO("Cơ Lao"), CONG("Cống"), BO_Y("Bố Y"), SI_LA("Si La"), PU_PEO("Pu Péo"),
    BRAU("Brâu"), O_DU("Ơ Đu"), RO_MAM("Rơ-măm"),
    FOREIGN_ORIGIN("Quốc tịch gốc nước ngoài"), OTHER("Dân tộc khác");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    /** The name as the form writes it. */
    public String label() {
        return label;
    }

    /** Whether the group is an ethnic minority (dân tộc thiểu số): every recognised group but the Kinh. */
    public boolean minority() {
        return this != KINH && this != FOREIGN_ORIGIN && this != OTHER;
    }
}
