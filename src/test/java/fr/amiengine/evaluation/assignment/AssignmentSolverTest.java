package fr.amiengine.evaluation.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.evaluation.assignment.AssignmentSolver.FileNeed;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Pick;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Reviewer;
import fr.amiengine.evaluation.assignment.AssignmentSolver.Solution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    @Test
    void givesEachFileTheRequestedNumberOfDistinctEvaluators() {
        Solution solution = AssignmentSolver.solve(files(10, "DOC", 2), evaluators(4, "DOC"));

        Map<String, List<Pick>> byFile = solution.picks().stream().collect(Collectors.groupingBy(Pick::reference));
        assertThat(byFile).hasSize(10).allSatisfy((file, picks) -> {
            assertThat(picks).hasSize(2);
            assertThat(picks.stream().map(Pick::evaluatorId).distinct()).hasSize(2);
        });
    }

    @Test
    void balancesTheLoadsWithinOneFile() {
        Solution solution = AssignmentSolver.solve(files(7, "DOC", 2), evaluators(4, "DOC"));

        assertThat(solution.loads().values()).containsExactlyInAnyOrder(4, 4, 3, 3);
    }

    @Test
    void neverAssignsAnEvaluatorInConflict() {
        List<FileNeed> files = new ArrayList<>(files(6, "DOC", 2));
        files.set(0, new FileNeed("F0", "DOC", 2, Set.of("E0", "E1"), Set.of()));

        Solution solution = AssignmentSolver.solve(files, evaluators(4, "DOC"));

        assertThat(picksOf(solution, "F0")).extracting(Pick::evaluatorId).doesNotContain("E0", "E1").hasSize(2);
        assertThat(picksOf(solution, "F0")).allSatisfy(p -> assertThat(p.reason()).contains("2 évaluateurs écartés pour conflit"));
    }

    @Test
    void prefersExpertsOfTheFamilyWhenTheLoadsStayEven() {
        List<FileNeed> files = new ArrayList<>(files(4, "SANTE", 2));
        files.addAll(IntStream.range(0, 4).mapToObj(i -> new FileNeed("G" + i, "JUSTICE", 2, Set.of(), Set.of())).toList());
        List<Reviewer> evaluators = List.of(
                new Reviewer("E0", "Santé 1", Set.of("SANTE"), null, 0),
                new Reviewer("E1", "Santé 2", Set.of("SANTE"), null, 0),
                new Reviewer("E2", "Justice 1", Set.of("JUSTICE"), null, 0),
                new Reviewer("E3", "Justice 2", Set.of("JUSTICE"), null, 0));

        Solution solution = AssignmentSolver.solve(files, evaluators);

        assertThat(solution.picks()).allSatisfy(p -> assertThat(p.expert()).as(p.toString()).isTrue());
        assertThat(solution.loads().values()).containsOnly(4);
    }

    @Test
    void keepsTheLoadsEvenBeforePreferringExperts() {
        // Two experts could take all 6 files, but evenness comes first: the others get their share.
        List<Reviewer> evaluators = List.of(
                new Reviewer("E0", "Expert 1", Set.of("DOC"), null, 0),
                new Reviewer("E1", "Expert 2", Set.of("DOC"), null, 0),
                new Reviewer("E2", "Généraliste 1", Set.of(), null, 0),
                new Reviewer("E3", "Généraliste 2", Set.of(), null, 0));

        Solution solution = AssignmentSolver.solve(files(6, "DOC", 2), evaluators);

        assertThat(solution.loads().values()).containsOnly(3);
        assertThat(solution.picks().stream().filter(p -> !p.expert())).allSatisfy(p ->
                assertThat(p.reason()).contains("choisi pour équilibrer les charges"));
    }

    @Test
    void respectsAnEvaluatorsCap() {
        List<Reviewer> evaluators = new ArrayList<>(evaluators(3, "DOC"));
        evaluators.set(0, new Reviewer("E0", "Plafonné", Set.of("DOC"), 1, 0));

        Solution solution = AssignmentSolver.solve(files(6, "DOC", 2), evaluators);

        // E1 and E2 are alike: either may take the sixth file.
        assertThat(solution.loads()).containsEntry("E0", 1);
        assertThat(solution.loads().values()).containsExactlyInAnyOrder(1, 6, 5);
    }

    @Test
    void addsAThirdEvaluatorWhoIsNotOnTheFileAndHasTheLightestLoad() {
        List<Reviewer> evaluators = List.of(
                new Reviewer("E0", "Déjà 1", Set.of("DOC"), null, 5),
                new Reviewer("E1", "Déjà 2", Set.of("DOC"), null, 5),
                new Reviewer("E2", "Chargé", Set.of("DOC"), null, 9),
                new Reviewer("E3", "Léger", Set.of(), null, 2));

        Solution solution = AssignmentSolver.solve(List.of(new FileNeed("F0", "DOC", 1, Set.of(), Set.of("E0", "E1"))), evaluators);

        assertThat(solution.picks()).extracting(Pick::evaluatorId).containsExactly("E3");
    }

    @Test
    void namesTheFilesThatCannotBeStaffed() {
        List<FileNeed> files = List.of(
                new FileNeed("AMI-0001", "DOC", 2, Set.of("E0", "E1", "E2"), Set.of()),
                new FileNeed("AMI-0002", "DOC", 2, Set.of(), Set.of()));

        assertThatThrownBy(() -> AssignmentSolver.solve(files, evaluators(4, "DOC")))
                .isInstanceOf(AssignmentSolver.InfeasibleException.class)
                .hasMessageContaining("AMI-0001\u00a0: 1 évaluateur possible sans conflit pour 2 requis")
                .hasMessageNotContaining("AMI-0002");
    }

    @Test
    void staffs435FilesWith12EvaluatorsEvenly() {
        List<FileNeed> files = new ArrayList<>();
        for (int i = 0; i < 435; i++) {
            files.add(new FileNeed("F" + i, "FAM" + (i % 8), 2, i % 10 == 0 ? Set.of("E" + (i % 12)) : Set.of(), Set.of()));
        }
        List<Reviewer> evaluators = IntStream.range(0, 12)
                .mapToObj(e -> new Reviewer("E" + e, "Évaluateur " + e, Set.of("FAM" + (e % 8), "FAM" + ((e + 3) % 8)), null, 0))
                .toList();

        Solution solution = AssignmentSolver.solve(files, evaluators);

        assertThat(solution.picks()).hasSize(870);
        Collection<Integer> loads = solution.loads().values();
        assertThat(loads.stream().mapToInt(Integer::intValue).max().getAsInt()
                - loads.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(solution.picks()).noneMatch(p -> files.get(Integer.parseInt(p.reference().substring(1)))
                .conflicted().contains(p.evaluatorId()));
    }

    @Test
    void givesAMemberFarMoreThanTheEvenLoadWhenConflictsLeaveNoOtherChoice() {
        // Only E0 is free of conflict on the ten DOC files: E0 takes them all, far above the even load of 3.
        List<FileNeed> files = new ArrayList<>(IntStream.range(0, 10)
                .mapToObj(i -> new FileNeed("F" + i, "DOC", 1, Set.of("E1", "E2", "E3"), Set.of())).toList());
        files.add(new FileNeed("G0", "DATA", 1, Set.of(), Set.of()));
        files.add(new FileNeed("G1", "DATA", 1, Set.of(), Set.of()));

        Solution solution = AssignmentSolver.solve(files, evaluators(4, "DOC"));

        assertThat(solution.loads()).containsEntry("E0", 10);
        assertThat(solution.picks()).hasSize(12).filteredOn(p -> p.reference().startsWith("F"))
                .extracting(Pick::evaluatorId).containsOnly("E0");
    }

    @Test
    void findsTheSameOptimumAsAnExhaustiveSearchOnRandomCommittees() {
        Random random = new Random(20261201);
        for (int round = 0; round < 300; round++) {
            int memberCount = 2 + random.nextInt(3);
            List<Reviewer> members = new ArrayList<>();
            for (int e = 0; e < memberCount; e++) {
                Set<String> families = random.nextBoolean() ? Set.of("FAM" + random.nextInt(3)) : Set.of();
                members.add(new Reviewer("E" + e, "Évaluateur " + e, families,
                        random.nextInt(3) == 0 ? random.nextInt(4) : null, random.nextInt(3)));
            }
            List<FileNeed> files = new ArrayList<>();
            int fileCount = 1 + random.nextInt(5);
            for (int f = 0; f < fileCount; f++) {
                Set<String> conflicted = random.nextInt(3) == 0 ? Set.of("E" + random.nextInt(memberCount)) : Set.of();
                String on = "E" + random.nextInt(memberCount);
                Set<String> alreadyOn = random.nextInt(4) == 0 && !conflicted.contains(on) ? Set.of(on) : Set.of();
                files.add(new FileNeed("F" + f, "FAM" + random.nextInt(3), 1 + random.nextInt(2), conflicted, alreadyOn));
            }

            Long best = exhaustiveCost(files, members);
            if (best == null) {
                assertThatThrownBy(() -> AssignmentSolver.solve(files, members)).as("tour " + round)
                        .isInstanceOf(AssignmentSolver.InfeasibleException.class);
                continue;
            }
            Solution solution = AssignmentSolver.solve(files, members);
            for (FileNeed file : files) {
                List<String> chosen = picksOf(solution, file.reference()).stream().map(Pick::evaluatorId).toList();
                assertThat(chosen).as("tour " + round + ", " + file).hasSize(file.needed()).doesNotHaveDuplicates()
                        .noneMatch(file.conflicted()::contains).noneMatch(file.alreadyOnFile()::contains);
            }
            for (Reviewer member : members) {
                long added = solution.picks().stream().filter(p -> p.evaluatorId().equals(member.id())).count();
                assertThat(solution.loads().get(member.id())).as("tour " + round).isEqualTo(member.currentLoad() + (int) added);
                if (member.cap() != null) {
                    assertThat(added).as("tour " + round + ", plafond de " + member.id())
                            .isLessThanOrEqualTo(Math.max(0, member.cap() - member.currentLoad()));
                }
            }
            assertThat(cost(files, members, solution.picks().stream().collect(Collectors.groupingBy(Pick::reference,
                    Collectors.mapping(Pick::evaluatorId, Collectors.toList()))))).as("tour " + round).isEqualTo(best);
        }
    }

    /** The least cost over every assignment that keeps the hard constraints, by trying them all; null if none does. */
    private static Long exhaustiveCost(List<FileNeed> files, List<Reviewer> members) {
        List<List<List<String>>> options = new ArrayList<>();
        for (FileNeed file : files) {
            List<String> eligible = members.stream().map(Reviewer::id)
                    .filter(id -> !file.conflicted().contains(id) && !file.alreadyOnFile().contains(id)).toList();
            List<List<String>> subsets = new ArrayList<>();
            for (int mask = 0; mask < 1 << eligible.size(); mask++) {
                if (Integer.bitCount(mask) == file.needed()) {
                    List<String> subset = new ArrayList<>();
                    for (int i = 0; i < eligible.size(); i++) {
                        if ((mask >> i & 1) == 1) {
                            subset.add(eligible.get(i));
                        }
                    }
                    subsets.add(subset);
                }
            }
            options.add(subsets);
        }
        return exhaustiveCost(files, members, options, 0, new HashMap<>());
    }

    private static Long exhaustiveCost(List<FileNeed> files, List<Reviewer> members, List<List<List<String>>> options, int f,
            Map<String, List<String>> chosen) {
        if (f == files.size()) {
            for (Reviewer member : members) {
                long added = chosen.values().stream().filter(ids -> ids.contains(member.id())).count();
                if (member.cap() != null && added > Math.max(0, member.cap() - member.currentLoad())) {
                    return null;
                }
            }
            return cost(files, members, chosen);
        }
        Long best = null;
        for (List<String> subset : options.get(f)) {
            chosen.put(files.get(f).reference(), subset);
            Long cost = exhaustiveCost(files, members, options, f + 1, chosen);
            if (cost != null && (best == null || cost < best)) {
                best = cost;
            }
        }
        chosen.remove(files.get(f).reference());
        return best;
    }

    /** The documented objective: k·B for a member's k-th file (counting those held), plus 1 per non-expert pick. */
    private static long cost(List<FileNeed> files, List<Reviewer> members, Map<String, List<String>> chosen) {
        long balanceUnit = files.stream().mapToInt(FileNeed::needed).sum() + 1L;
        long cost = 0;
        for (Reviewer member : members) {
            long added = chosen.values().stream().filter(ids -> ids.contains(member.id())).count();
            for (long k = 1; k <= added; k++) {
                cost += (member.currentLoad() + k) * balanceUnit;
            }
        }
        for (FileNeed file : files) {
            for (String id : chosen.getOrDefault(file.reference(), List.of())) {
                Reviewer member = members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
                cost += member.families().contains(file.family()) ? 0 : 1;
            }
        }
        return cost;
    }

    private static List<FileNeed> files(int count, String family, int needed) {
        return IntStream.range(0, count).mapToObj(i -> new FileNeed("F" + i, family, needed, Set.of(), Set.of())).toList();
    }

    private static List<Reviewer> evaluators(int count, String family) {
        return IntStream.range(0, count).mapToObj(i -> new Reviewer("E" + i, "Évaluateur " + i, Set.of(family), null, 0)).toList();
    }

    private static List<Pick> picksOf(Solution solution, String reference) {
        return solution.picks().stream().filter(p -> p.reference().equals(reference)).toList();
    }
}
