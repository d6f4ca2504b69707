package vn.dangbo.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Generates the demo commune's members, past and present, so that every headcount adds up to the plan. */
final class DemoPopulation {
    private static final List<String> EDUCATION = List.of("THCS", "THPT", "THPT", "Trung cấp", "Cao đẳng", "Đại học");
    private final Random random;
    private final List<DemoMember> members = new ArrayList<>();

    private DemoPopulation(Random random) {
        this.random = random;
    }

    static List<DemoMember> generate(Random random) {
        return new DemoPopulation(random).build();
    }

    private List<DemoMember> build() {
        List<DemoMember> admitted = termAdmissions();
        Map<String, Long> admittedBy2019 = admitted.stream()
                .filter(m -> m.admissionDate().getYear() <= DemoCommune.LAST_RATED_YEAR)
                .collect(Collectors.groupingBy(DemoMember::cellCode, Collectors.counting()));
        List<DemoMember> veterans = new ArrayList<>();
        for (DemoCell cell : DemoCommune.cells()) {
            long older = cell.headcount2019() - admittedBy2019.getOrDefault(cell.code(), 0L);
            for (int i = 0; i < older; i++) {
                veterans.add(veteran(cell.code(), false));
            }
        }
        markExempt(veterans);
        markDeathsIn(veterans, DemoCommune.TERM_END, DemoCommune.DEATHS_PER_YEAR[DemoCommune.DEATHS_PER_YEAR.length - 1]);
        members.addAll(veterans);
        members.addAll(admitted);
        members.addAll(earlierLeavers());
        members.sort(Comparator.comparing(DemoMember::admissionDate).thenComparing(DemoMember::fullName));
        return IntStream.range(0, members.size()).mapToObj(i -> withCode(members.get(i), i + 1)).toList();
    }

    /** The term's admissions: direct workers in hamlet cells and the others, spread over the years. */
    private List<DemoMember> termAdmissions() {
        List<String[]> plan = new ArrayList<>();
        DemoCommune.DIRECT_WORKER_ADMISSIONS.forEach(cell -> plan.add(new String[] {cell, "direct"}));
        DemoCommune.OTHER_ADMISSIONS.forEach(cell -> plan.add(new String[] {cell, ""}));
        Collections.shuffle(plan, random);
        List<DemoMember> admitted = new ArrayList<>();
        int next = 0;
        for (int y = 0; y < DemoCommune.ADMISSIONS_PER_YEAR.length; y++) {
            int year = DemoCommune.TERM_START + y;
            for (int i = 0; i < DemoCommune.ADMISSIONS_PER_YEAR[y]; i++) {
                String[] entry = plan.get(next++);
                admitted.add(newcomer(entry[0], !entry[1].isEmpty(), admissionDate(year)));
            }
        }
        return admitted;
    }

    /**
     * The article's 2019 figures leave 21 members unrated, 15 of them exempt: so 2019's admissions fall in the second
     * half of the year, and the last year's in its first half, before the article.
     */
    private LocalDate admissionDate(int year) {
        int month;
        if (year == DemoCommune.LAST_RATED_YEAR) {
            month = 7 + random.nextInt(5);
        } else if (year == DemoCommune.TERM_END) {
            month = 1 + random.nextInt(6);
        } else {
            month = 1 + random.nextInt(12);
        }
        return LocalDate.of(year, month, 1 + random.nextInt(28));
    }

    private DemoMember newcomer(String cell, boolean directWorker, LocalDate admitted) {
        boolean female = random.nextInt(100) < 40;
        int birthYear = admitted.getYear() - 19 - random.nextInt(16);
        String education = directWorker ? "THPT" : EDUCATION.get(1 + random.nextInt(EDUCATION.size() - 1));
        return new DemoMember("", DemoNames.of(female, random), female, birthYear, cell, admitted, false,
                directWorker, education, "NONE", null, null);
    }

    private DemoMember veteran(String cell, boolean old) {
        boolean female = random.nextInt(100) < 33;
        int birthYear = old ? 1930 + random.nextInt(16) : 1945 + random.nextInt(46);
        int admissionYear = Math.min(DemoCommune.TERM_START - 1, birthYear + 20 + random.nextInt(18));
        LocalDate admitted = LocalDate.of(admissionYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String theory = birthYear < 1960 || random.nextInt(100) < 70 ? "ELEMENTARY" : "INTERMEDIATE";
        return new DemoMember("", DemoNames.of(female, random), female, birthYear, cell, admitted, false, false,
                EDUCATION.get(random.nextInt(EDUCATION.size())), theory, null, null);
    }

    /** The elderly are exempted from work and meetings; they stay in the headcount but are never rated. */
    private void markExempt(List<DemoMember> veterans) {
        List<Integer> hamletIndexes = indexesWhere(veterans, m -> m.cellCode().startsWith("X"));
        Collections.shuffle(hamletIndexes, random);
        for (int i : hamletIndexes.subList(0, DemoCommune.EXEMPT_MEMBERS)) {
            DemoMember elder = veteran(veterans.get(i).cellCode(), true);
            veterans.set(i, new DemoMember("", elder.fullName(), elder.female(), elder.birthYear(), elder.cellCode(),
                    elder.admissionDate(), true, false, elder.education(), elder.politicalTheory(), null, null));
        }
    }

    private void markDeathsIn(List<DemoMember> veterans, int year, int deaths) {
        List<Integer> candidates = indexesWhere(veterans, m -> !m.exempt() && m.birthYear() < 1950);
        Collections.shuffle(candidates, random);
        for (int i : candidates.subList(0, deaths)) {
            veterans.set(i, veterans.get(i).leaving(LocalDate.of(year, 1 + random.nextInt(6), 1 + random.nextInt(28)), "DIED"));
        }
    }

    /** Members who died or moved away before 2020: in earlier headcounts, not in the 2019 one. */
    private List<DemoMember> earlierLeavers() {
        List<DemoMember> leavers = new ArrayList<>();
        List<DemoCell> hamlets = DemoCommune.cells().stream().filter(DemoCell::hamlet).toList();
        for (int y = 0; y < DemoCommune.DEATHS_PER_YEAR.length - 1; y++) {
            for (int i = 0; i < DemoCommune.DEATHS_PER_YEAR[y]; i++) {
                DemoMember m = veteran(hamlets.get(random.nextInt(hamlets.size())).code(), true);
                leavers.add(m.leaving(LocalDate.of(DemoCommune.TERM_START + y, 1 + random.nextInt(12), 1 + random.nextInt(28)), "DIED"));
            }
        }
        DemoMember moved = veteran(hamlets.get(random.nextInt(hamlets.size())).code(), false);
        leavers.add(moved.leaving(LocalDate.of(2016, 9, 12), "TRANSFERRED_OUT"));
        return leavers;
    }

    private static List<Integer> indexesWhere(List<DemoMember> list, java.util.function.Predicate<DemoMember> test) {
        return IntStream.range(0, list.size()).filter(i -> test.test(list.get(i))).boxed()
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static DemoMember withCode(DemoMember m, int number) {
        return new DemoMember("HN%04d".formatted(number), m.fullName(), m.female(), m.birthYear(), m.cellCode(),
                m.admissionDate(), m.exempt(), m.directWorker(), m.education(), m.politicalTheory(), m.leftDate(),
                m.leftReason());
    }

    static <K> Map<K, List<DemoMember>> groupBy(List<DemoMember> members, Function<DemoMember, K> key) {
        return members.stream().collect(Collectors.groupingBy(key));
    }
}
