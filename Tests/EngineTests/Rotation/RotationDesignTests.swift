import Testing

@testable import Rotation

@Suite struct RotationDesignTests {
    /// Checks a design from first principles: every round partitions the points into `groups`
    /// groups of `size`, and no pair meets twice.
    static func isRepeatFree(_ design: GroupDesign) -> Bool {
        let points = design.groups * design.size
        for round in design.rounds {
            guard round.count == design.groups, round.allSatisfy({ $0.count == design.size }) else { return false }
            guard Set(round.flatMap { $0 }) == Set(0..<points) else { return false }
        }
        return RotationCheck.repeatedPairs(design.rounds) == 0
    }

    @Test(arguments: [2, 3, 4, 5, 7, 8, 9, 11, 16, 25, 27, 49])
    func finiteFieldAxioms(order: Int) throws {
        let field = try #require(FiniteField(order: order))
        var generator = SeededGenerator(seed: UInt64(order))
        for _ in 0..<300 {
            let a = Int.random(in: 0..<order, using: &generator)
            let b = Int.random(in: 0..<order, using: &generator)
            let c = Int.random(in: 0..<order, using: &generator)
            #expect(field.add(a, b) == field.add(b, a))
            #expect(field.multiply(a, b) == field.multiply(b, a))
            #expect(field.multiply(a, field.add(b, c)) == field.add(field.multiply(a, b), field.multiply(a, c)))
            #expect(field.add(a, field.negate(a)) == 0)
            if a != 0 { #expect(field.multiply(a, field.inverse(a)) == 1) }
        }
        // The primitive element generates every non-zero element.
        #expect(Set((0..<(order - 1)).map { field.exp($0) }) == Set(1..<order))
    }

    @Test(arguments: [1, 6, 10, 12, 15, 18, 100])
    func notAField(order: Int) {
        #expect(FiniteField(order: order) == nil)
    }

    /// The instances from the brief, reached by constructions alone.
    @Test(arguments: [(8, 4, 10), (5, 3, 7), (6, 4, 7), (10, 5, 9), (8, 5, 8), (50, 6, 10), (75, 4, 25)])
    func briefInstances(groups: Int, size: Int, rounds: Int) throws {
        let design = try #require(DesignLibrary.design(groups: groups, size: size, rounds: rounds))
        #expect(design.rounds.count == rounds)
        #expect(Self.isRepeatFree(design))
    }

    /// Where the counting bound is reached, the construction is optimal.
    @Test(arguments: [(8, 4), (5, 3), (6, 4), (7, 3), (9, 3), (4, 4), (5, 5), (16, 4), (8, 2), (13, 3)])
    func reachesCountingBound(groups: Int, size: Int) throws {
        let design = try #require(DesignLibrary.design(groups: groups, size: size))
        #expect(design.rounds.count == GroupDesign.countingBound(groups: groups, size: size))
        #expect(Self.isRepeatFree(design))
    }

    @Test(arguments: [2, 3, 4, 5, 7, 8, 9])
    func affinePlanes(order q: Int) throws {
        let design = try #require(TransversalDesigns.fieldProduct(groups: q, size: q, maxRounds: .max))
        #expect(design.rounds.count == q + 1)
        #expect(Self.isRepeatFree(design))
        // Every pair meets exactly once: a complete resolution.
        #expect(RotationCheck.meetings(design.rounds).count == q * q * (q * q - 1) / 2)
    }

    @Test(arguments: [(9, 3), (16, 4), (8, 2), (25, 5)])
    func affineGeometryLines(groups: Int, size: Int) throws {
        let design = try #require(AffineGeometry.lines(groups: groups, size: size, maxRounds: .max))
        let points = groups * size
        #expect(design.rounds.count == (points - 1) / (size - 1))
        #expect(Self.isRepeatFree(design))
    }

    @Test(arguments: [5, 7, 9, 13, 19])
    func kirkmanTripleSystems(groups: Int) throws {
        let design = try #require(KirkmanTriples.construct(groups: groups, maxRounds: .max))
        #expect(design.rounds.count == (3 * groups - 1) / 2)
        #expect(Self.isRepeatFree(design))
    }

    @Test(arguments: [(10, 3), (12, 4), (6, 3), (12, 6), (20, 4), (50, 6), (75, 4), (15, 4)])
    func transversalSchemes(groups: Int, size: Int) throws {
        let modular = try #require(TransversalDesigns.modular(groups: groups, size: size, maxRounds: .max))
        #expect(Self.isRepeatFree(modular))
        #expect(modular.rounds.count >= 2)
        if let product = TransversalDesigns.fieldProduct(groups: groups, size: size, maxRounds: .max) {
            #expect(Self.isRepeatFree(product))
            #expect(product.rounds.count == TransversalDesigns.fieldProductRounds(groups: groups, size: size))
        }
    }

    @Test func differenceVectorsBeatTheModularScheme() throws {
        // Z10 with columns 0..4 allows only 5 multipliers; the vector search finds more.
        let design = try #require(DifferenceVectors.design(groups: 10, size: 5, maxRounds: 10))
        #expect(design.rounds.count == 10)
        #expect(Self.isRepeatFree(design))
        #expect(TransversalDesigns.modularMultipliers(groups: 10, size: 5).count == 5)
    }

    @Test(arguments: [1, 2, 3, 6, 11])
    func roundRobin(groups: Int) throws {
        let design = try #require(RoundRobin.pairs(groups: groups, maxRounds: .max))
        #expect(design.rounds.count == 2 * groups - 1)
        #expect(RotationCheck.meetings(design.rounds).count == groups * (2 * groups - 1))
        #expect(Self.isRepeatFree(design))
    }

    @Test func labelledBlowUpDetectsImpossibleLabels() throws {
        // The same affine plane twice: every block repeats, so no Z2 labelling can separate the
        // two copies of a triangle.
        let plane = try #require(TransversalDesigns.fieldProduct(groups: 3, size: 3, maxRounds: .max))
        let base = plane.rounds.map { round in round.map { group in group } }
        #expect(LabelledBlowUp.blowUp(baseRounds: base + base, basePoints: 9, copies: 2) == nil)
        // One copy alone is fine and yields a 3-GDD of type 2^9.
        let single = try #require(LabelledBlowUp.blowUp(baseRounds: base, basePoints: 9, copies: 2))
        #expect(RotationCheck.repeatedPairs(single) == 0)
    }

    @Test func subspaceDesignsLeaveOnlyTheirGroupsUnmet() throws {
        let spreads = try #require(SubspaceDesigns.doubledSpreads(maxRounds: .max))
        let meetings = RotationCheck.meetings(spreads.rounds)
        // 32 people, everybody meets 30 others once: only the 16 copy pairs never meet.
        #expect(meetings.count == 32 * 31 / 2 - 16)
        #expect(meetings.values.allSatisfy { $0 == 1 })
        let planes = try #require(SubspaceDesigns.tripledPlanes(maxRounds: .max))
        #expect(RotationCheck.meetings(planes.rounds).count == 24 * 23 / 2 - 8 * 3)
        #expect(Self.isRepeatFree(planes))
    }

    @Test func groupDesignRejectsRepeats() {
        let rounds = [[[0, 1], [2, 3]], [[0, 1], [2, 3]]]
        #expect(GroupDesign(groups: 2, size: 2, rounds: rounds, name: "bad") == nil)
        #expect(GroupDesign(groups: 2, size: 2, rounds: [[[0, 1], [1, 3]]], name: "bad") == nil)
        #expect(GroupDesign(groups: 2, size: 2, rounds: [[[0, 1], [2, 3]], [[0, 2], [1, 3]]], name: "ok") != nil)
    }
}
