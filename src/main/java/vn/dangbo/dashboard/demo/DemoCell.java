package vn.dangbo.dashboard.demo;

/** A cell of the demo commune and its headcount at the end of 2019, the year the article reports. */
record DemoCell(String code, String name, String kind, int headcount2019) {

    boolean hamlet() {
        return "HAMLET".equals(kind);
    }
}
