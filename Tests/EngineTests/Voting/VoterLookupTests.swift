import Testing

@testable import Engine

@Suite struct VoterLookupTests {
    @Test func namesMatchWithoutCaseAccentsOrExtraSpaces() throws {
        let state = try VotingFixture.state()
        #expect(try VoterLookup.voter("jose nunez perez", in: state).id == 1)
        #expect(try VoterLookup.voter("  JOSÉ   Núñez  Pérez ", in: state).id == 1)
        #expect(try VoterLookup.voter("Josefa Muñoz Tapia", in: state).id == 2)
    }

    @Test func idsAndUniqueWords() throws {
        let state = try VotingFixture.state()
        #expect(try VoterLookup.voter("7", in: state).name == "Tomás Aravena Lagos")
        #expect(try VoterLookup.voter("#8", in: state).name == "Valentina Paz Olmos")
        #expect(try VoterLookup.voter("Aravena", in: state).id == 7)
        #expect(try VoterLookup.voter("ibanez rojas", in: state).id == 5)
    }

    @Test func ambiguityIsReportedWithIDs() throws {
        let state = try VotingFixture.state()
        #expect(
            throws: VoteError.ambiguousVoter(
                name: "María Soto Vera", matches: ["#3 María Soto Vera (Servicio 4)", "#4 María Soto Vera (Servicio 5)"])
        ) {
            try VoterLookup.voter("María Soto Vera", in: state)
        }
        #expect(
            throws: VoteError.ambiguousVoter(
                name: "rojas", matches: ["#5 Andrés Ibáñez Rojas (Servicio 1)", "#6 Camila Rojas Fuentes (Servicio 2)"])
        ) {
            try VoterLookup.voter("rojas", in: state)
        }
        // "José" is a whole word of one name only ("Josefa" is another word).
        #expect(try VoterLookup.voter("José", in: state).id == 1)
    }

    @Test func normalization() {
        #expect(VoterLookup.normalize("  Ñuñoa, ÁLVAREZ-Pérez ") == "nunoa alvarez perez")
    }
}
