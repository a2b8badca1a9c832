/// A multimap from 64-bit hashes to 32-bit values, with open addressing: much faster than
/// `[UInt64: [Int32]]` for the hundreds of thousands of lookups of spelling correction.
struct HashMultimap: Sendable {
    private var keys: [UInt64]
    private var heads: [Int32]  // first entry of each slot's chain, -1 if the slot is empty
    private var entryValues: [Int32] = []
    private var entryNext: [Int32] = []
    private var count = 0
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        heads = Array(repeating: -1, count: size)
        mask = size - 1
    }

    private static func mix(_ key: UInt64) -> Int {
        var x = key
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    /// Adds `value` under `key`.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.mix(key) & mask
        while heads[slot] >= 0, keys[slot] != key { slot = (slot + 1) & mask }
        if heads[slot] < 0 {
            keys[slot] = key
            count += 1
        }
        entryValues.append(value)
        entryNext.append(heads[slot])
        heads[slot] = Int32(entryValues.count - 1)
    }

    /// Calls `body` with each value stored under `key`.
    func forEach(_ key: UInt64, _ body: (Int32) -> Void) {
        var slot = Self.mix(key) & mask
        while heads[slot] >= 0 {
            if keys[slot] == key {
                var entry = heads[slot]
                while entry >= 0 {
                    body(entryValues[Int(entry)])
                    entry = entryNext[Int(entry)]
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        heads = Array(repeating: -1, count: size)
        mask = size - 1
        for (slot, head) in oldHeads.enumerated() where head >= 0 {
            var target = Self.mix(oldKeys[slot]) & mask
            while heads[target] >= 0 { target = (target + 1) & mask }
            keys[target] = oldKeys[slot]
            heads[target] = head
        }
    }
}
