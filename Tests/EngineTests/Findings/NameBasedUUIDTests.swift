import Testing

@testable import Engine

@Suite struct NameBasedUUIDTests {
    @Test func sha1MatchesTheFIPSVectors() {
        #expect(SHA1.hexDigest(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hexDigest([]) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(
            SHA1.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        // 64 and 65 bytes: the padding spills into a second block.
        #expect(SHA1.hexDigest([UInt8](repeating: 0x61, count: 64)) == "0098ba824b5c16427bd7a1122a5a442a25ec644d")
    }

    @Test func version5UUIDsMatchRFC9562() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
        #expect(
            NameBasedUUID(namespace: .dnsNamespace, name: "www.example.com").description
                == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        let uuid = NameBasedUUID(namespace: .workshop, name: "theme:abc:12")
        #expect(uuid.bytes[6] >> 4 == 5)
        #expect(uuid.bytes[8] >> 6 == 0b10)
        #expect(uuid == NameBasedUUID(namespace: .workshop, name: "theme:abc:12"))
        #expect(uuid != NameBasedUUID(namespace: .workshop, name: "theme:abc:13"))
        #expect(NameBasedUUID(uuid.description) == uuid)
        #expect(NameBasedUUID("not-a-uuid") == nil)
        #expect(uuid.uppercased == uuid.description.uppercased())
    }
}
